package io.pcmops.internal.service;

import io.pcmops.ConflictException;
import io.pcmops.InvalidRequestException;
import io.pcmops.Plans;
import io.pcmops.internal.audit.AuditLog;
import io.pcmops.internal.engine.RunEngine;
import io.pcmops.internal.provider.ProviderRegistry;
import io.pcmops.internal.store.NewRun;
import io.pcmops.internal.store.RunReader;
import io.pcmops.internal.store.RunRecord;
import io.pcmops.internal.store.RunWriter;
import io.pcmops.internal.util.Ids;
import io.pcmops.internal.vault.RunSecrets;
import io.pcmops.model.AuditEntry;
import io.pcmops.model.InvocationState;
import io.pcmops.model.Plan;
import io.pcmops.model.RetryScope;
import io.pcmops.model.Run;
import io.pcmops.model.RunOptions;
import io.pcmops.model.RunRequest;
import io.pcmops.model.Selector;
import io.pcmops.model.TargetRef;
import io.pcmops.spi.PreparedScript;
import io.pcmops.spi.Provider;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/** Creates runs: resolves the plan, prepares the exact script, stores everything, audits, and hands over to the engine. */
public final class RunLauncher {

    private final Plans plans;
    private final ScriptService scripts;
    private final ProviderRegistry providers;
    private final RunReader reader;
    private final RunWriter writer;
    private final RunEngine engine;
    private final AuditLog audit;
    private final RunSecrets secrets;
    private final Clock clock;

    public RunLauncher(Plans plans, ScriptService scripts, ProviderRegistry providers, RunReader reader,
                       RunWriter writer, RunEngine engine, AuditLog audit, RunSecrets secrets, Clock clock) {
        this.plans = plans;
        this.scripts = scripts;
        this.providers = providers;
        this.reader = reader;
        this.writer = writer;
        this.engine = engine;
        this.audit = audit;
        this.secrets = secrets;
        this.clock = clock;
    }

    CompletableFuture<Plan> plan(RunRequest request) {
        return request.planId() != null ? CompletableFuture.completedFuture(plans.get(request.planId()))
                : plans.create(request.selector());
    }

    /** Checks and prepares the request's script before anything is stored: a bad request leaves nothing behind. */
    ScriptService.Prepared prepare(RunRequest request) {
        ScriptService.Prepared prepared = scripts.prepare(request.script(), request.parameters());
        if (!prepared.script().secrets().isEmpty()) {
            String providerId = request.planId() != null ? plans.get(request.planId()).selector().provider()
                    : providers.resolve(request.selector().provider());
            requireSecretSupport(providerId);
        }
        return prepared;
    }

    private void requireSecretSupport(String providerId) {
        if (!providers.get(providerId).executor().passesSecretParameters()) {
            throw new InvalidRequestException("provider '" + providerId + "' cannot pass secret parameters to a "
                    + "script without writing them where they could be read; run this script on a provider that can "
                    + "(e.g. local)");
        }
    }

    Run launch(Plan plan, RunRequest request, ScriptService.Prepared prepared) {
        return create(new Draft(plan, prepared.script(), prepared.label(), request.options(), request.changeTicket(),
                request.requestedBy(), null));
    }

    CompletableFuture<Run> retry(RunRecord original, Set<RetryScope> scopes, String actor) {
        Run run = original.run();
        if (!run.status().terminal()) {
            throw new ConflictException("run " + run.id() + " has not finished; wait for it or cancel it first");
        }
        if (scopes.isEmpty()) {
            throw new InvalidRequestException("say which targets to retry: failed, timed-out, undeliverable, "
                    + "not-executed or cancelled");
        }
        Set<InvocationState> states = EnumSet.noneOf(InvocationState.class);
        scopes.forEach(scope -> states.addAll(scope.states()));
        List<TargetRef> targets = new ArrayList<>();
        reader.forEachInvocation(run.id(), i -> {
            if (states.contains(i.state())) {
                targets.add(i.target());
            }
        });
        if (targets.isEmpty()) {
            throw new ConflictException("run " + run.id() + " has no target that is "
                    + scopes.stream().map(RetryScope::id).collect(Collectors.joining(" or ")));
        }
        PreparedScript script = secrets.open(original).script();
        return plans.create(selectorOf(run.provider(), targets)).thenApply(plan -> create(new Draft(plan,
                script, run.scriptName(), run.options(), run.changeTicket(), actor, run.id())));
    }

    private Run create(Draft draft) {
        String providerId = draft.plan().selector().provider();
        Provider provider = providers.enabled(providerId);
        if (!draft.script().secrets().isEmpty()) {
            requireSecretSupport(providerId);
        }
        Instant now = clock.instant();
        String runId = Ids.next("r", clock);
        List<TargetRef> refs = draft.plan().targets().stream().map(t -> t.ref()).toList();
        writer.create(new NewRun(runId, providerId, draft.plan().id(), draft.retryOf(), now, draft.requestedBy(),
                draft.changeTicket(), draft.script(), draft.label(), draft.options(), engine.engineId(),
                now.plus(engine.lease()), refs,
                PreflightCheck.settle(draft.plan().targets(), draft.script().language(), provider.executor()),
                secrets.seal(runId, draft.script())));
        audit.append(new AuditEntry(draft.requestedBy(), "run.start", runId, summary(refs), draft.script().hash(),
                "started", details(draft)));
        engine.launch(runId);
        return reader.find(runId).orElseThrow().run();
    }

    private static Map<String, String> details(Draft draft) {
        Map<String, String> details = new TreeMap<>();
        details.put("planId", draft.plan().id());
        details.put("script", draft.label() == null ? "inline " + draft.script().language().id() : draft.label());
        details.put("maxConcurrency", draft.options().maxConcurrency());
        details.put("maxErrors", draft.options().maxErrors());
        details.put("parameters", String.join(",", draft.script().parameters().keySet()));
        if (!draft.script().secrets().isEmpty()) {
            details.put("secretParameters", String.join(",", draft.script().secrets().names()));
        }
        if (draft.changeTicket() != null) {
            details.put("changeTicket", draft.changeTicket());
        }
        if (draft.retryOf() != null) {
            details.put("retryOf", draft.retryOf());
        }
        return details;
    }

    static String summary(List<TargetRef> targets) {
        Set<String> accounts = targets.stream().map(TargetRef::account).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> regions = targets.stream().map(TargetRef::region).collect(Collectors.toCollection(LinkedHashSet::new));
        String text = targets.size() + " targets; accounts " + String.join(",", accounts) + "; regions "
                + String.join(",", regions);
        return text.length() > 500 ? text.substring(0, 497) + "..." : text;
    }

    private static Selector selectorOf(String provider, List<TargetRef> targets) {
        return Selector.builder().provider(provider)
                .ids(targets.stream().map(TargetRef::targetId).distinct().toList())
                .accounts(targets.stream().map(TargetRef::account).filter(a -> !a.isEmpty()).distinct().toList())
                .regions(targets.stream().map(TargetRef::region).filter(r -> !r.isEmpty()).distinct().toList())
                .build();
    }

    private record Draft(Plan plan, PreparedScript script, String label, RunOptions options, String changeTicket,
                         String requestedBy, String retryOf) {
    }
}
