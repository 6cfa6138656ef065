package io.pcmops.internal.engine;

import io.pcmops.internal.audit.AuditLog;
import io.pcmops.model.AuditEntry;
import io.pcmops.model.InvocationState;
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

    void finish(RunContext run, RunStatus status) {
        run.writer.finish(run.runId(), status, run.now());
        Run summary = run.run();
        Map<String, String> details = new TreeMap<>();
        for (int seq = 0; seq < run.ledger.size(); seq++) {
            InvocationState state = run.ledger.state(seq);
            details.merge(state.name(), "1", (a, b) -> Integer.toString(Integer.parseInt(a) + 1));
        }
        audit.append(new AuditEntry(summary.requestedBy(), "run.finish", summary.id(),
                run.ledger.size() + " targets", summary.scriptHash(), status.name(), details));
        run.published();
    }
}
