package io.pcmops.internal.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.pcmops.internal.json.JsonMappers;
import io.pcmops.internal.store.RunReader;
import io.pcmops.model.Run;
import io.pcmops.spi.PreparedScript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** JSON report: {@code {run, script, invocations: [...]}} in the shared shapes, streamed. */
final class JsonReport {

    private final Writer out;

    JsonReport(Writer out) {
        this.out = out;
    }

    void write(Run run, PreparedScript script, RunReader reader) throws IOException {
        try (JsonGenerator json = JsonMappers.shared().getFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writePOJOField("run", run);
            json.writePOJOField("script", script);
            json.writeArrayFieldStart("invocations");
            reader.forEachInvocation(run.id(), invocation -> {
                try {
                    json.writePOJO(invocation);
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
