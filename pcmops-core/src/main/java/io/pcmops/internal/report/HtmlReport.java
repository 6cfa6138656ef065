package io.pcmops.internal.report;

import io.pcmops.internal.store.RunReader;
import io.pcmops.model.Invocation;
import io.pcmops.model.InvocationState;
import io.pcmops.model.Run;
import io.pcmops.spi.PreparedScript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/** A standalone HTML report (no script, no external resources), every value escaped. */
public final class HtmlReport {

    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1f24}"
            + "table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #c9d1d9;padding:.3rem .6rem;"
            + "text-align:left;vertical-align:top}pre{background:#f6f8fa;padding:.6rem;overflow:auto}"
            + ".SUCCESS{color:#1a7f37}.FAILED,.TIMED_OUT_EXECUTION{color:#cf222e}";

    private final Writer out;

    HtmlReport(Writer out) {
        this.out = out;
    }

    void write(Run run, PreparedScript script, RunReader reader) throws IOException {
        out.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Run " + escape(run.id())
                + "</title><style>" + STYLE + "</style></head><body>\n<h1>Run " + escape(run.id()) + "</h1>\n<table>");
        row("Status", run.status().name());
        row("Requested by", run.requestedBy());
        row("Change ticket", run.changeTicket() == null ? "" : run.changeTicket());
        row("Created", String.valueOf(run.createdAt()));
        row("Ended", run.endedAt() == null ? "" : run.endedAt().toString());
        row("Script", (run.scriptName() == null ? "inline" : run.scriptName()) + " (" + run.scriptLanguage().id()
                + "), sha256 " + run.scriptHash());
        for (Map.Entry<InvocationState, Integer> count : run.counts().entrySet()) {
            if (count.getValue() > 0) {
                row(count.getKey().name(), count.getValue().toString());
            }
        }
        out.write("</table>\n<h2>Script</h2><pre>" + escape(script.body()) + "</pre>\n<h2>Targets</h2>\n<table>"
                + "<tr><th>Target</th><th>Name</th><th>Account</th><th>Region</th><th>State</th><th>Exit</th>"
                + "<th>Reason</th><th>Output</th></tr>\n");
        reader.forEachInvocation(run.id(), this::targetRow);
        out.write("</table></body></html>\n");
    }

    private void row(String name, String value) throws IOException {
        out.write("<tr><th>" + escape(name) + "</th><td>" + escape(value) + "</td></tr>");
    }

    private void targetRow(Invocation i) {
        String output = (i.stdout().isEmpty() ? "" : "<pre>" + escape(i.stdout()) + "</pre>")
                + (i.stderr().isEmpty() ? "" : "<pre>" + escape(i.stderr()) + "</pre>");
        try {
            out.write("<tr><td>" + escape(i.target().targetId()) + "</td><td>" + escape(i.target().name())
                    + "</td><td>" + escape(i.target().account()) + "</td><td>" + escape(i.target().region())
                    + "</td><td class=\"" + i.state().name() + "\">" + i.state().name() + "</td><td>"
                    + (i.exitCode() == null ? "" : i.exitCode()) + "</td><td>"
                    + escape(i.reason() == null ? "" : i.reason()) + "</td><td>" + output + "</td></tr>\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
