package io.pcmops;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcmops.internal.inject.CoreComponent;
import io.pcmops.internal.json.JsonMappers;
import io.pcmops.internal.service.AccountService;
import io.pcmops.internal.service.AuditedSettings;
import io.pcmops.internal.service.ChangeService;
import io.pcmops.internal.service.CredentialService;
import io.pcmops.internal.service.PlanService;
import io.pcmops.internal.service.RunLauncher;
import io.pcmops.internal.service.RunService;
import io.pcmops.internal.service.ScriptService;
import io.pcmops.internal.service.SessionService;
import io.pcmops.internal.service.TargetService;
import io.pcmops.internal.service.TokenService;
import io.pcmops.internal.service.UserService;
import io.pcmops.model.Actor;
import io.pcmops.internal.workflow.WorkflowService;
import io.pcmops.internal.workflow.engine.LibraryAccess;
import io.pcmops.model.ProviderInfo;
import io.pcmops.spi.Provider;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * The PCM-Ops library: run scripts across fleets, with a durable, audited record of every run.
 *
 * <p>Build one per data directory and share it; it is thread-safe. Every call is made by an {@link Actor}: the
 * host (the program on its own data directory, with every right, recorded under the name given to the builder),
 * or a signed-in user ({@link #actingAs(Actor)}), whose rights the library checks and under whose name it records
 * every change.
 *
 * {@snippet :
 * try (Pcmops pcm = Pcmops.builder().dataDirectory(dir).build()) {
 *     Run run = pcm.runs().start(RunRequest.onSelector(Selector.builder().provider("local").build(),
 *             ScriptChoice.inline(ScriptLanguage.SHELL, "uname -a"))).join();
 *     Run done = pcm.runs().completion(run.id()).join();
 * }
 * }
 */
public final class Pcmops implements AutoCloseable {

    private final CoreComponent core;
    private final Actor actor;
    private final Runnable closer;

    Pcmops(CoreComponent core, Actor actor, Runnable closer) {
        this.core = core;
        this.actor = actor;
        this.closer = closer;
    }

    /** Returns a builder. */
    public static PcmopsBuilder builder() {
        return new PcmopsBuilder();
    }

    /** Returns a new JSON mapper configured as the library's own: the shapes of the CLI and HTTP API. */
    public static ObjectMapper objectMapper() {
        return JsonMappers.create();
    }

    /**
     * Returns a view of this library as another actor: a user (with their rights, e.g. the caller a server
     * authenticated through {@link #sessions()} or {@link #tokens()}) or the host under another name.
     */
    public Pcmops actingAs(Actor other) {
        return new Pcmops(core, other, () -> { });
    }

    /** Returns a view of this library as the host (every right) recording its changes under another name. */
    public Pcmops actingAs(String hostName) {
        return actingAs(Actor.host(hostName));
    }

    /** Returns the actor this view acts as. */
    public Actor actor() {
        return actor;
    }

    /** Returns the data directory. */
    public Path dataDirectory() {
        return core.config().dataDirectory();
    }

    /** Returns target listing across providers, recorded under this view's actor. */
    public Targets targets() {
        return new TargetService(core.providers(), core.accounts(), core.refreshGate(), actor);
    }

    /** Returns plans: selectors resolved into frozen target lists with their blast radius. */
    public Plans plans() {
        return new PlanService(targets(), core.plans(), core.config().clock(), actor);
    }

    /** Returns the script library: saved, versioned scripts with typed parameters. */
    public Scripts scripts() {
        return scriptService();
    }

    /** Returns runs: start, follow, cancel, retry and export them. */
    public Runs runs() {
        RunLauncher launcher = new RunLauncher(plans(), scriptService(), core.providers(), core.runReader(),
                core.runWriter(), core.engine(), core.audit(), core.runSecrets(), core.config().clock(), actor);
        return new RunService(launcher, core.runReader(), core.engine(), core.events(), core.audit(), actor.name());
    }

    /** Returns the cloud accounts registered by hand or discovered. */
    public Accounts accounts() {
        return new AccountService(core.accounts(), core.credentials(), core.providers(), core.audit(),
                core.config().clock(), actor.name());
    }

    /** Returns the credential roots; their secrets are sealed in the vault and never returned. */
    public Credentials credentials() {
        return new CredentialService(core.credentials(), core.providers(), core.vault(), core.audit(),
                core.config().clock(), actor.name());
    }

    /** Returns the workflows: versioned multi-step procedures over runs, and their workflow runs. */
    public Workflows workflows() {
        return new WorkflowService(new WorkflowService.Parts(core.workflows(), core.shippedWorkflows(),
                core.workflowRuns(), core.workflowResults(), core.plans(), core.runReader(), core.workflowEngine(),
                libraryAccess(), core.audit(), core.config().clock()), actor.name());
    }

    /** Returns the sub-APIs the workflow layer starts its steps' runs through, acting as each run's requester. */
    LibraryAccess libraryAccess() {
        return new LibraryAccess() {
            @Override
            public Runs runs(String requester) {
                return asRequester(requester).runs();
            }

            @Override
            public Scripts scripts(String requester) {
                return asRequester(requester).scripts();
            }

            @Override
            public Plans plans(String requester) {
                return asRequester(requester).plans();
            }

            @Override
            public Changes changes(String requester) {
                return asRequester(requester).changes();
            }
        };
    }

    /**
     * Returns this library acting as a workflow run's requester: the user of that name with their current rights, or
     * the host when no user has that name (the command line, an embedding program). A disabled user has no rights.
     */
    private Pcmops asRequester(String requester) {
        return actingAs(core.users().users().find(requester)
                .map(user -> user.disabled() ? new Actor(user.username(), user.id(), Set.of(), null) : Actor.user(user))
                .orElseGet(() -> Actor.host(requester)));
    }

    /** Returns change tickets and the machines they cover. */
    public Changes changes() {
        return new ChangeService(core.changes(), core.audit(), core.config().clock(), actor.name());
    }

    /** Returns provider settings; each change is checked against the declared settings and audited. */
    public ProviderSettings settings() {
        return new AuditedSettings(core.settings(), core.audit(), actor.name());
    }

    /** Returns the users, as this view's actor may see and change them. */
    public Users users() {
        return new UserService(core.users(), actor);
    }

    /** Returns the API tokens of this view's actor. */
    public Tokens tokens() {
        return new TokenService(core.users(), actor);
    }

    /** Returns sign-in and the sessions it opens. */
    public Sessions sessions() {
        return new SessionService(core.users(), actor);
    }

    /** Returns the audit log: append-only, keyed hash chain, checkpoints kept outside the database. */
    public Audit audit() {
        return core.audit();
    }

    /** Returns the registered providers with their API call counts (zero for providers not started). */
    public List<ProviderInfo> providers() {
        return core.providers().all().stream().map(Pcmops::info).toList();
    }

    /**
     * Returns why the store cannot be written (disk full, read-only, failing), or empty when it can. Reflects the
     * last write; when nothing was written for a few seconds, a small probe write is made first.
     */
    public Optional<String> storeProblem() {
        return core.database().writeProblem();
    }

    /** Returns whether a provider is registered and enabled. */
    public boolean providerEnabled(String providerId) {
        return core.providers().has(providerId) && core.settings().enabled(providerId);
    }

    /**
     * Stops driving runs (their leases are released, so another process may resume them), closes providers and the
     * store. Closing a view made by {@code actingAs} does nothing.
     */
    @Override
    public void close() {
        closer.run();
    }

    private static ProviderInfo info(Provider provider) {
        return new ProviderInfo(provider.metadata().id(), provider.metadata().displayName(),
                provider.metadata().description(), provider.apiCallCounts());
    }

    private ScriptService scriptService() {
        return new ScriptService(core.scripts(), core.audit(), core.config().clock(), actor.name());
    }
}
