package io.pcmops.cli.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.pcmops.Pcmops;
import io.pcmops.cli.options.OutputFormat;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * Prints a command's result on standard output in the chosen format: the JSON document (DESIGN.md's shapes through
 * the library's one {@link ObjectMapper}, with every control character escaped), the table as CSV, or a text view for
 * people (which cleans untrusted text of terminal control sequences with {@link TerminalText}).
 */
public final class Printer {

    private final PrintWriter out;
    private final OutputFormat format;
    private final Style style;

    public Printer(PrintWriter out, OutputFormat format, Style style) {
        this.out = out;
        this.format = format;
        this.style = style;
    }

    /** Prints a result whose text view is its table. */
    public void print(Object json, Table table) {
        print(json, table, text -> TableText.print(table, text, style));
    }

    /** Prints a result with its own text view; CSV prints the table. */
    public void print(Object json, Table table, Consumer<PrintWriter> text) {
        switch (format) {
            case JSON -> json(json);
            case CSV -> Csv.print(table, out);
            case TABLE -> text.accept(out);
        }
        out.flush();
    }

    /** Prints a table in the text format, whatever the output format (for views inside a text view). */
    public void table(Table table) {
        TableText.print(table, out, style);
    }

    public Style style() {
        return style;
    }

    public OutputFormat format() {
        return format;
    }

    private void json(Object value) {
        try {
            out.println(JsonOutput.WRITER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The JSON writer, made on first use: table and CSV output never load it. */
    private static final class JsonOutput {
        static final ObjectWriter WRITER = Pcmops.objectMapper().writer().with(SerializationFeature.INDENT_OUTPUT)
                .with(new JsonControlEscapes());
    }
}
