package io.pcmops.internal.report;

import io.pcmops.internal.store.RunReader;
import io.pcmops.model.ExportFormat;
import io.pcmops.model.Run;
import io.pcmops.spi.PreparedScript;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Writes a run report in one of the {@link ExportFormat}s, streaming invocations from the store. */
public final class ReportWriter {

    private final RunReader reader;

    public ReportWriter(RunReader reader) {
        this.reader = reader;
    }

    public void write(Run run, PreparedScript script, ExportFormat format, OutputStream out) {
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            switch (format) {
                case CSV -> new CsvReport(writer).write(run, reader);
                case JSON -> new JsonReport(writer).write(run, script, reader);
                case MD -> new MarkdownReport(writer).write(run, script, reader);
                case HTML -> new HtmlReport(writer).write(run, script, reader);
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the " + format.extension() + " report", e);
        }
    }
}
