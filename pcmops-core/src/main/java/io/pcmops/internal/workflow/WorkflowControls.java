package io.pcmops.internal.workflow;

import io.pcmops.InvalidRequestException;
import io.pcmops.internal.audit.AuditLog;
import io.pcmops.internal.workflow.engine.Definitions;
import io.pcmops.internal.workflow.engine.WorkflowEngine;
import io.pcmops.internal.workflow.store.ResultStore;
import io.pcmops.internal.workflow.store.WorkflowRunRow;
import io.pcmops.internal.workflow.store.WorkflowRunStore;
import io.pcmops.model.AuditEntry;
import io.pcmops.model.WorkflowDefinition;
import io.pcmops.model.WorkflowRunStatus;
import java.util.EnumSet;
import java.util.Set;

/** Re-runs a step's failed targets and cancels workflow runs. */
final class WorkflowControls {

    private static final Set<WorkflowRunStatus> RETRYABLE = EnumSet.of(WorkflowRunStatus.WAITING,
            WorkflowRunStatus.SUCCEEDED, WorkflowRunStatus.COMPLETED_WITH_FAILURES);

    private final WorkflowRunStore runs;
    private final ResultStore results;
    private final WorkflowEngine engine;
    private final AuditLog audit;
    private final java.time.Clock clock;

    WorkflowControls(WorkflowRunStore runs, ResultStore results, WorkflowEngine engine, AuditLog audit,
                     java.time.Clock clock) {
        this.runs = runs;
        this.results = results;
        this.engine = engine;
        this.audit = audit;
        this.clock = clock;
    }

    void retry(WorkflowRunRow run, String stepId, String actor) {
        WorkflowDefinition definition = Definitions.of(run.source());
        int step = definition.indexOf(stepId);
        if (step < 0) {
            throw new InvalidRequestException("workflow " + run.workflow() + " has no step '" + stepId + "'");
        }
        if (!RETRYABLE.contains(run.status())) {
            throw new InvalidRequestException("workflow run " + run.id() + " is " + run.status().name()
                    .toLowerCase(java.util.Locale.ROOT) + "; a step can be re-run once it waits at a gate or has "
                    + "finished (not cancelled)");
        }
        if (results.countRetryable(run.id(), step) == 0) {
            throw new InvalidRequestException("step " + stepId + " of workflow run " + run.id()
                    + " has no failed target that stopped there");
        }
        if (!results.reopenFailures(run.id(), step, engine.engineId(), engine.leaseUntil())) {
            throw new InvalidRequestException("workflow run " + run.id() + " changed meanwhile; try again");
        }
        audit.append(AuditEntry.of(actor, "workflow.retry", run.id(), "step " + stepId));
        engine.drive(run.id());
    }

    void cancel(WorkflowRunRow run, String actor) {
        if (!runs.requestCancel(run.id())) {
            return;
        }
        audit.append(AuditEntry.of(actor, "workflow.cancel", run.id(), "requested"));
        if (run.status() == WorkflowRunStatus.WAITING) {
            runs.finish(run.id(), WorkflowRunStatus.CANCELLED, null, clock.instant());
            audit.append(AuditEntry.of(run.requestedBy(), "workflow.finish", run.id(), "CANCELLED"));
        }
        engine.signal(run.id());
    }
}
