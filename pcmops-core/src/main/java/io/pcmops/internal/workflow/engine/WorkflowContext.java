package io.pcmops.internal.workflow.engine;

import io.pcmops.internal.audit.AuditLog;
import io.pcmops.internal.store.PlanStore;
import io.pcmops.internal.store.RunReader;
import io.pcmops.internal.workflow.store.ResultStore;
import io.pcmops.internal.workflow.store.WorkflowRunStore;
import io.pcmops.model.AuditEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What every driver of this engine shares (read-only).
 *
 * @param engineId  this engine's id, written as the owner of the workflow runs it drives
 * @param lease     how long ownership lasts without a heartbeat
 * @param runs      workflow runs
 * @param results   launches, results, answers
 * @param plans     plans (targets)
 * @param runReader normal runs
 * @param launcher  starts steps
 * @param settler   judges finished steps
 * @param gates     gate answers
 * @param library   the public sub-APIs
 * @param events    watchers
 * @param auditLog  audit log
 * @param clock     clock
 * @param executor  where drivers run
 * @param scheduler timers
 */
record WorkflowContext(String engineId, Duration lease, WorkflowRunStore runs, ResultStore results, PlanStore plans,
                       RunReader runReader, StepLauncher launcher, StepSettler settler, GateKeeper gates,
                       LibraryAccess library, WorkflowEvents events, AuditLog auditLog, Clock clock,
                       Executor executor, ScheduledExecutorService scheduler) {

    Instant leaseUntil() {
        return clock.instant().plus(lease);
    }

    /** Whether a normal run has finished. */
    boolean finished(String runId) {
        return runReader.find(runId).map(r -> r.run().status().terminal()).orElse(true);
    }

    void audit(String actor, String action, String subject, String result) {
        auditLog.append(AuditEntry.of(actor, action, subject, result));
    }
}
