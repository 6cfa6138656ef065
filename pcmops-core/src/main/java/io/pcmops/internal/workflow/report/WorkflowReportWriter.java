package io.pcmops.internal.workflow.report;

import io.pcmops.InvalidRequestException;
import io.pcmops.model.ExportFormat;
import io.pcmops.model.WorkflowReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Writes a workflow run report in one of the {@link ExportFormat}s. */
public final class WorkflowReportWriter {

    private WorkflowReportWriter() {
    }

    public static void write(WorkflowReportSource source, WorkflowReport kind, ExportFormat format, OutputStream out) {
        int step = kind == WorkflowReport.FINAL ? finalStep(source) : -1;
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            WorkflowFormat report = switch (format) {
                case MD -> new WorkflowMarkdownReport(writer);
                case HTML -> new WorkflowHtmlReport(writer);
                case CSV -> new WorkflowCsvReport(writer);
                case JSON -> new WorkflowJsonReport(writer);
            };
            if (step < 0) {
                report.full(source);
            } else {
                report.finalReport(source, step);
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the " + format.extension() + " report", e);
        }
    }

    private static int finalStep(WorkflowReportSource source) {
        if (source.definition().finalReport() == null) {
            throw new InvalidRequestException("workflow " + source.definition().name() + " has no final report");
        }
        return source.definition().indexOf(source.definition().finalReport().step());
    }
}
