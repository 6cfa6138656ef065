package io.pcmops.internal.engine;

import io.pcmops.internal.audit.AuditLog;
import io.pcmops.model.AuditEntry;
import io.pcmops.model.Run;
import io.pcmops.model.RunStatus;
import java.util.Map;
import java.util.TreeMap;

/** Stores a run's final status and records it in the audit log. */
final class RunFinisher {

    private final AuditLog audit;

    RunFinisher(AuditLog audit) {
        this.audit = audit;
    }

    void finish(RunContext run, RunState state, RunStatus status) {
        state.storeFinalStatus(status);
        Run summary = run.run();
        Map<String, String> details = new TreeMap<>();
        state.counts().forEach((invocationState, count) -> details.put(invocationState.name(),
                Integer.toString(count)));
        audit.append(new AuditEntry(summary.requestedBy(), "run.finish", summary.id(),
                state.targetCount() + " targets", summary.scriptHash(), status.name(), details));
        run.published();
    }
}
