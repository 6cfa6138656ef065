package io.pcmops.internal.workflow.report;

import static io.pcmops.internal.report.MarkdownReport.escape;
import static io.pcmops.internal.report.MarkdownReport.fence;

import io.pcmops.model.StepProgress;
import io.pcmops.model.TargetStepResult;
import io.pcmops.model.WorkflowRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/** Markdown reports of a workflow run: the full one (every step and target) and the final one. */
final class WorkflowMarkdownReport implements WorkflowFormat {

    private final Writer out;

    WorkflowMarkdownReport(Writer out) {
        this.out = out;
    }

    @Override
    public void full(WorkflowReportSource source) throws IOException {
        WorkflowRun run = source.run();
        out.write("# Workflow run " + run.id() + "\n\n");
        summary(run);
        for (int i = 0; i < run.steps().size(); i++) {
            StepProgress step = run.steps().get(i);
            out.write("\n## Step " + escape(step.title()) + " (`" + step.stepId() + "`)\n\n");
            out.write("Runs: " + (step.runIds().isEmpty() ? "none" : String.join(", ", step.runIds())) + "\n\n");
            source.forEachResult(i, this::target);
        }
    }

    @Override
    public void finalReport(WorkflowReportSource source, int step) throws IOException {
        WorkflowRun run = source.run();
        out.write("# " + escape(source.definition().finalReport().title()) + " — workflow run " + run.id() + "\n\n");
        summary(run);
        source.forEachResult(step, entry -> {
            TargetStepResult r = entry.result();
            StringBuilder text = new StringBuilder("\n## ").append(escape(r.target().label())).append(" — ")
                    .append(r.verdict() == null ? "RUNNING" : r.verdict().id()).append("\n");
            ReportSections.split(entry.stdout()).forEach((title, body) -> text.append("\n### ")
                    .append(escape(title)).append("\n\n").append(fence(body, "")));
            write(text.toString());
        });
    }

    private void summary(WorkflowRun run) throws IOException {
        out.write("| | |\n|---|---|\n");
        for (Map.Entry<String, String> row : SummaryRows.of(run).entrySet()) {
            out.write("| " + escape(row.getKey()) + " | " + escape(row.getValue()) + " |\n");
        }
    }

    private void target(WorkflowReportSource.Entry entry) {
        TargetStepResult r = entry.result();
        StringBuilder text = new StringBuilder("### ").append(escape(r.target().label())).append(" — ")
                .append(r.verdict() == null ? "RUNNING" : r.verdict().id()).append("\n\n");
        text.append("Target `").append(escape(r.target().targetId())).append("`, state ")
                .append(r.state() == null ? "not run" : r.state().name())
                .append(r.exitCode() == null ? "" : ", exit " + r.exitCode())
                .append(r.answer() == null ? "" : ", answer `" + escape(r.answer()) + "`")
                .append(", next: ").append(r.next() == null ? "stops here" : r.next())
                .append(r.attempt() > 1 ? ", attempt " + r.attempt() : "").append("\n\n");
        r.reasons().forEach(reason -> text.append("- ").append(escape(reason)).append('\n'));
        if (!r.facts().isEmpty()) {
            text.append(r.reasons().isEmpty() ? "" : "\n").append("| Fact | Value |\n|---|---|\n");
            r.facts().forEach((k, v) -> text.append("| ").append(escape(k)).append(" | ").append(escape(v))
                    .append(" |\n"));
        }
        if (!entry.stdout().isEmpty()) {
            text.append("\nstdout:\n\n").append(fence(entry.stdout(), ""));
        }
        if (!entry.stderr().isEmpty()) {
            text.append("\nstderr:\n\n").append(fence(entry.stderr(), ""));
        }
        write(text.append('\n').toString());
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
