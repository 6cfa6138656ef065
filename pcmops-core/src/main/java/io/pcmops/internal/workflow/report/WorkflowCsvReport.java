package io.pcmops.internal.workflow.report;

import io.pcmops.internal.json.Json;
import io.pcmops.CsvCells;
import io.pcmops.model.TargetStepResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/** CSV reports of a workflow run: one row per step and target (full) or per target and section (final). */
final class WorkflowCsvReport implements WorkflowFormat {

    static final List<String> COLUMNS = List.of("workflow_run_id", "step", "attempt", "run_id", "target_id",
            "target_name", "account", "region", "platform", "state", "exit_code", "verdict", "reasons", "answer",
            "next", "facts", "stdout", "stderr");
    static final List<String> FINAL_COLUMNS = List.of("workflow_run_id", "target_id", "target_name", "verdict",
            "section", "text");

    private final Writer out;

    WorkflowCsvReport(Writer out) {
        this.out = out;
    }

    @Override
    public void full(WorkflowReportSource source) throws IOException {
        String id = source.run().id();
        out.write(CsvCells.record(COLUMNS));
        source.forEachResult(-1, entry -> {
            TargetStepResult r = entry.result();
            write(List.of(id, r.stepId(), Integer.toString(r.attempt()), text(r.runId()), r.target().targetId(),
                    r.target().name(), r.target().account(), r.target().region(), r.target().platform().id(),
                    r.state() == null ? "" : r.state().name(), r.exitCode() == null ? "" : r.exitCode().toString(),
                    r.verdict() == null ? "" : r.verdict().id(), String.join("; ", r.reasons()), text(r.answer()),
                    text(r.next()), Json.write(r.facts()), entry.stdout(), entry.stderr()));
        });
    }

    @Override
    public void finalReport(WorkflowReportSource source, int step) throws IOException {
        String id = source.run().id();
        out.write(CsvCells.record(FINAL_COLUMNS));
        source.forEachResult(step, entry -> {
            TargetStepResult r = entry.result();
            String verdict = r.verdict() == null ? "" : r.verdict().id();
            ReportSections.split(entry.stdout()).forEach((title, body) -> write(List.of(id, r.target().targetId(),
                    r.target().name(), verdict, title, body)));
        });
    }

    private void write(List<String> fields) {
        try {
            out.write(CsvCells.record(fields));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
