package io.pcmops.internal.workflow;

import io.pcmops.internal.audit.AuditLog;
import io.pcmops.internal.service.ParameterBinder;
import io.pcmops.internal.util.Ids;
import io.pcmops.internal.workflow.engine.LibraryAccess;
import io.pcmops.internal.workflow.engine.WorkflowEngine;
import io.pcmops.internal.workflow.store.WorkflowRunRow;
import io.pcmops.internal.workflow.store.WorkflowRunStore;
import io.pcmops.model.AuditEntry;
import io.pcmops.model.Plan;
import io.pcmops.model.Workflow;
import io.pcmops.model.WorkflowRunRequest;
import io.pcmops.model.WorkflowRunStatus;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/** Starts workflow runs: freezes the targets, checks the parameters, stores the run, hands it to the engine. */
final class WorkflowStarter {

    private final LibraryAccess library;
    private final WorkflowRunStore runs;
    private final WorkflowEngine engine;
    private final AuditLog audit;
    private final Clock clock;

    WorkflowStarter(LibraryAccess library, WorkflowRunStore runs, WorkflowEngine engine, AuditLog audit, Clock clock) {
        this.library = library;
        this.runs = runs;
        this.engine = engine;
        this.audit = audit;
        this.clock = clock;
    }

    CompletableFuture<String> start(Workflow workflow, WorkflowRunRequest request) {
        ParameterBinder.Bound parameters = bind(workflow, request);
        return plan(request).thenApply(plan -> create(workflow, request, parameters, plan));
    }

    /** Checks the values against the workflow's parameters; a mismatch is the caller's mistake here. */
    private static ParameterBinder.Bound bind(Workflow workflow, WorkflowRunRequest request) {
        try {
            return ParameterBinder.bind("workflow " + workflow.name() + "@" + workflow.version(),
                    workflow.definition().parameters(), request.parameters());
        } catch (io.pcmops.ConflictException e) {
            throw new io.pcmops.InvalidRequestException(e.getMessage());
        }
    }

    private CompletableFuture<Plan> plan(WorkflowRunRequest request) {
        String actor = request.requestedBy();
        if (request.planId() != null) {
            return CompletableFuture.completedFuture(library.plans(actor).get(request.planId()));
        }
        if (request.selector() != null) {
            return library.plans(actor).create(request.selector());
        }
        return library.plans(actor).create(library.changes(actor).get(request.change()).selector());
    }

    private String create(Workflow workflow, WorkflowRunRequest request, ParameterBinder.Bound parameters,
                          Plan plan) {
        String id = Ids.next("w", clock);
        String provider = plan.selector().provider();
        runs.insert(new WorkflowRunRow(id, workflow.name(), workflow.version(), workflow.source(),
                WorkflowRunStatus.RUNNING, 0, null, plan.id(), provider, request.change(), parameters.plain(),
                engine.secrets().seal(id, parameters.secrets()), request.options(), plan.targets().size(), request.requestedBy(), clock.instant(), null,
                engine.engineId(), engine.leaseUntil(), false, 0));
        Map<String, String> details = new TreeMap<>();
        details.put("planId", plan.id());
        java.util.Set<String> names = new java.util.TreeSet<>(parameters.plain().keySet());
        names.addAll(parameters.secrets().names());
        details.put("parameters", String.join(",", names));
        if (request.change() != null) {
            details.put("changeTicket", request.change());
        }
        audit.append(new AuditEntry(request.requestedBy(), "workflow.start", id, plan.targets().size() + " targets",
                workflow.hash(), workflow.name() + "@" + workflow.version(), details));
        engine.drive(id);
        return id;
    }
}
