package io.pcmops.internal.workflow.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.pcmops.internal.json.JsonMappers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * JSON reports of a workflow run, streamed: {@code {workflowRun, results: [{result, stdout, stderr}]}} (full) or
 * {@code {workflowRun, title, targets: [{result, sections: {title: text}}]}} (final).
 */
final class WorkflowJsonReport implements WorkflowFormat {

    private final Writer out;

    WorkflowJsonReport(Writer out) {
        this.out = out;
    }

    @Override
    public void full(WorkflowReportSource source) throws IOException {
        stream(source, -1, "results", false);
    }

    @Override
    public void finalReport(WorkflowReportSource source, int step) throws IOException {
        stream(source, step, "targets", true);
    }

    private void stream(WorkflowReportSource source, int step, String field, boolean sections) throws IOException {
        try (JsonGenerator json = JsonMappers.shared().getFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writePOJOField("workflowRun", source.run());
            if (sections) {
                json.writeStringField("title", source.definition().finalReport().title());
            }
            json.writeArrayFieldStart(field);
            source.forEachResult(step, entry -> {
                try {
                    json.writeStartObject();
                    json.writePOJOField("result", entry.result());
                    if (sections) {
                        json.writePOJOField("sections", ReportSections.split(entry.stdout()));
                    } else {
                        json.writeStringField("stdout", entry.stdout());
                        json.writeStringField("stderr", entry.stderr());
                    }
                    json.writeEndObject();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            json.writeEndArray();
            json.writeEndObject();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
