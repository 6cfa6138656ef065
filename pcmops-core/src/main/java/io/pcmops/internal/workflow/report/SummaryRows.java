package io.pcmops.internal.workflow.report;

import io.pcmops.model.WorkflowRun;
import java.util.LinkedHashMap;
import java.util.Map;

/** The summary table at the top of every workflow run report: name → value. */
final class SummaryRows {

    private SummaryRows() {
    }

    static Map<String, String> of(WorkflowRun run) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Workflow", run.workflow() + "@" + run.version());
        rows.put("Status", run.status().name());
        rows.put("Requested by", run.requestedBy());
        rows.put("Change ticket", run.changeTicket() == null ? "" : run.changeTicket());
        rows.put("Created", String.valueOf(run.createdAt()));
        rows.put("Ended", run.endedAt() == null ? "" : run.endedAt().toString());
        rows.put("Targets", Integer.toString(run.targetCount()));
        if (run.message() != null) {
            rows.put("Message", run.message());
        }
        run.parameters().forEach((name, value) -> rows.put("Parameter " + name, value));
        return rows;
    }
}
