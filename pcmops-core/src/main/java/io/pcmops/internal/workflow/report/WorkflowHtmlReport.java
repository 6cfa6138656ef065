package io.pcmops.internal.workflow.report;

import static io.pcmops.internal.report.HtmlReport.escape;

import io.pcmops.model.StepProgress;
import io.pcmops.model.TargetStepResult;
import io.pcmops.model.WorkflowRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Standalone HTML reports of a workflow run (no script, no external resources), every value escaped. */
final class WorkflowHtmlReport implements WorkflowFormat {

    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1f24}"
            + "table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #c9d1d9;padding:.3rem .6rem;"
            + "text-align:left;vertical-align:top}pre{background:#f6f8fa;padding:.6rem;overflow:auto;max-width:60rem}"
            + ".PASS{color:#1a7f37}.WARN{color:#9a6700}.FAIL,.SKIPPED{color:#cf222e}";

    private final Writer out;

    WorkflowHtmlReport(Writer out) {
        this.out = out;
    }

    @Override
    public void full(WorkflowReportSource source) throws IOException {
        WorkflowRun run = source.run();
        head("Workflow run " + run.id(), run);
        for (int i = 0; i < run.steps().size(); i++) {
            StepProgress step = run.steps().get(i);
            out.write("<h2>Step " + escape(step.title()) + " (" + escape(step.stepId()) + ")</h2>\n<p>Runs: "
                    + escape(String.join(", ", step.runIds())) + "</p>\n<table><tr><th>Target</th><th>Name</th>"
                    + "<th>Verdict</th><th>Reasons</th><th>Answer</th><th>Next</th><th>Facts</th><th>Output</th></tr>\n");
            source.forEachResult(i, this::row);
            out.write("</table>\n");
        }
        out.write("</body></html>\n");
    }

    @Override
    public void finalReport(WorkflowReportSource source, int step) throws IOException {
        head(source.definition().finalReport().title() + " — workflow run " + source.run().id(), source.run());
        source.forEachResult(step, entry -> {
            TargetStepResult r = entry.result();
            StringBuilder html = new StringBuilder("<h2>").append(escape(r.target().label())).append(" — <span class=\"")
                    .append(verdict(r)).append("\">").append(verdict(r)).append("</span></h2>\n");
            ReportSections.split(entry.stdout()).forEach((title, body) -> html.append("<h3>").append(escape(title))
                    .append("</h3><pre>").append(escape(body)).append("</pre>\n"));
            write(html.toString());
        });
        out.write("</body></html>\n");
    }

    private void head(String title, WorkflowRun run) throws IOException {
        out.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title><style>" + STYLE + "</style></head><body>\n<h1>" + escape(title) + "</h1>\n<table>");
        for (var row : SummaryRows.of(run).entrySet()) {
            out.write("<tr><th>" + escape(row.getKey()) + "</th><td>" + escape(row.getValue()) + "</td></tr>");
        }
        out.write("</table>\n");
    }

    private void row(WorkflowReportSource.Entry entry) {
        TargetStepResult r = entry.result();
        StringBuilder facts = new StringBuilder();
        r.facts().forEach((k, v) -> facts.append(escape(k)).append(" = ").append(escape(v)).append("<br>"));
        write("<tr><td>" + escape(r.target().targetId()) + "</td><td>" + escape(r.target().name()) + "</td><td class=\""
                + verdict(r) + "\">" + verdict(r) + "</td><td>" + escape(String.join("; ", r.reasons())) + "</td><td>"
                + escape(r.answer() == null ? "" : r.answer()) + "</td><td>" + escape(r.next() == null ? "" : r.next())
                + "</td><td>" + facts + "</td><td>" + (entry.stdout().isEmpty() ? "" : "<pre>" + escape(entry.stdout())
                + "</pre>") + (entry.stderr().isEmpty() ? "" : "<pre>" + escape(entry.stderr()) + "</pre>")
                + "</td></tr>\n");
    }

    private static String verdict(TargetStepResult r) {
        return r.verdict() == null ? "RUNNING" : r.verdict().id();
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
