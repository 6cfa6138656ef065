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
import io.pcmops.internal.service.TargetService;
import io.pcmops.internal.workflow.WorkflowService;
import io.pcmops.internal.workflow.engine.LibraryAccess;
import io.pcmops.model.ProviderInfo;
import io.pcmops.spi.Provider;
import java.nio.file.Path;
import java.util.List;

/**
 * The PCM-Ops library: run scripts across fleets, with a durable, audited record of every run.
 *
 * <p>Build one per data directory and share it; it is thread-safe. Every change it makes is recorded under an
 * actor (the user name given to the builder, or the one {@link #actingAs(String)} names).
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
    private final String actor;
    private final Runnable closer;

    Pcmops(CoreComponent core, String actor, Runnable closer) {
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

    /** Returns a view of this library that records its changes under another actor (e.g. the signed-in user). */
    public Pcmops actingAs(String otherActor) {
        if (otherActor == null || otherActor.isBlank()) {
            throw new InvalidRequestException("an actor name is needed");
        }
        return new Pcmops(core, otherActor, () -> { });
    }

    /** Returns the actor changes are recorded under. */
    public String actor() {
        return actor;
    }

    /** Returns the data directory. */
    public Path dataDirectory() {
        return core.config().dataDirectory();
    }

    /** Returns target listing across providers, recorded under this view's actor. */
    public Targets targets() {
        return new TargetService(core.providers(), core.accounts(), actor);
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
                core.runWriter(), core.engine(), core.audit(), core.runSecrets(), core.config().clock());
        return new RunService(launcher, core.runReader(), core.engine(), core.events(), core.audit(), actor);
    }

    /** Returns the cloud accounts registered by hand or discovered. */
    public Accounts accounts() {
        return new AccountService(core.accounts(), core.credentials(), core.providers(), core.audit(),
                core.config().clock(), actor);
    }

    /** Returns the credential roots; their secrets are sealed in the vault and never returned. */
    public Credentials credentials() {
        return new CredentialService(core.credentials(), core.providers(), core.vault(), core.audit(),
                core.config().clock(), actor);
    }

    /** Returns the workflows: versioned multi-step procedures over runs, and their workflow runs. */
    public Workflows workflows() {
        return new WorkflowService(new WorkflowService.Parts(core.workflows(), core.shippedWorkflows(),
                core.workflowRuns(), core.workflowResults(), core.plans(), core.runReader(), core.workflowEngine(),
                libraryAccess(), core.audit(), core.config().clock()), actor);
    }

    /** Returns the sub-APIs the workflow layer starts its steps' runs through, acting as each run's requester. */
    LibraryAccess libraryAccess() {
        return new LibraryAccess() {
            @Override
            public Runs runs(String requester) {
                return actingAs(requester).runs();
            }

            @Override
            public Scripts scripts(String requester) {
                return actingAs(requester).scripts();
            }

            @Override
            public Plans plans(String requester) {
                return actingAs(requester).plans();
            }

            @Override
            public Changes changes(String requester) {
                return actingAs(requester).changes();
            }
        };
    }

    /** Returns change tickets and the machines they cover. */
    public Changes changes() {
        return new ChangeService(core.changes(), core.audit(), core.config().clock(), actor);
    }

    /** Returns provider settings; each change is checked against the declared settings and audited. */
    public ProviderSettings settings() {
        return new AuditedSettings(core.settings(), core.audit(), actor);
    }

    /** Returns the stored users (password hashes stay inside). */
    public Users users() {
        return core.users();
    }

    /** Returns the API tokens, stored hashed. */
    public Tokens tokens() {
        return core.tokens();
    }

    /** Returns the server-side sign-in sessions. */
    public Sessions sessions() {
        return core.sessions();
    }

    /** Returns the audit log: append-only, keyed hash chain, checkpoints kept outside the database. */
    public Audit audit() {
        return core.audit();
    }

    /** Returns the registered providers with their API call counts (zero for providers not started). */
    public List<ProviderInfo> providers() {
        return core.providers().all().stream().map(Pcmops::info).toList();
    }

    /** Returns whether a provider is registered and enabled. */
    public boolean providerEnabled(String providerId) {
        return core.providers().has(providerId) && core.settings().enabled(providerId);
    }

    /**
     * Stops driving runs (their leases are released, so another process may resume them), closes providers and the
     * store. Closing a view made by {@link #actingAs(String)} does nothing.
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
        return new ScriptService(core.scripts(), core.audit(), core.config().clock(), actor);
    }
}
