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

/** Markdown report: a summary, the script, a table of targets, then each target's output in fenced blocks. */
public final class MarkdownReport {

    private final Writer out;

    MarkdownReport(Writer out) {
        this.out = out;
    }

    void write(Run run, PreparedScript script, RunReader reader) throws IOException {
        out.write("# Run " + run.id() + "\n\n");
        out.write("| | |\n|---|---|\n");
        cell("Status", run.status().name());
        cell("Requested by", run.requestedBy());
        cell("Change ticket", run.changeTicket() == null ? "" : run.changeTicket());
        cell("Created", String.valueOf(run.createdAt()));
        cell("Ended", run.endedAt() == null ? "" : run.endedAt().toString());
        cell("Script", (run.scriptName() == null ? "inline " : run.scriptName() + " ") + run.scriptLanguage().id()
                + ", sha256 " + run.scriptHash());
        cell("Targets", Integer.toString(run.targetCount()));
        for (Map.Entry<InvocationState, Integer> count : run.counts().entrySet()) {
            if (count.getValue() > 0) {
                cell(count.getKey().name(), count.getValue().toString());
            }
        }
        out.write("\n## Script\n\n" + fence(script.body(), script.language().id()) + "\n");
        out.write("## Targets\n\n| Target | Name | Account | Region | State | Exit | Reason |\n"
                + "|---|---|---|---|---|---|---|\n");
        reader.forEachInvocation(run.id(), this::tableRow);
        out.write("\n## Output\n");
        reader.forEachInvocation(run.id(), this::outputSection);
    }

    private void cell(String name, String value) throws IOException {
        out.write("| " + escape(name) + " | " + escape(value) + " |\n");
    }

    private void tableRow(Invocation i) {
        writeUnchecked("| " + escape(i.target().targetId()) + " | " + escape(i.target().name()) + " | "
                + escape(i.target().account()) + " | " + escape(i.target().region()) + " | " + i.state().name() + " | "
                + (i.exitCode() == null ? "" : i.exitCode()) + " | " + escape(i.reason() == null ? "" : i.reason())
                + " |\n");
    }

    private void outputSection(Invocation i) {
        StringBuilder text = new StringBuilder("\n### ").append(escape(i.target().label())).append(" (")
                .append(i.state().name()).append(")\n\n");
        if (!i.stdout().isEmpty()) {
            text.append("stdout").append(i.stdoutTruncated() ? " (truncated by the provider)" : "").append(":\n\n")
                    .append(fence(i.stdout(), "")).append('\n');
        }
        if (!i.stderr().isEmpty()) {
            text.append("stderr").append(i.stderrTruncated() ? " (truncated by the provider)" : "").append(":\n\n")
                    .append(fence(i.stderr(), "")).append('\n');
        }
        writeUnchecked(text.toString());
    }

    private void writeUnchecked(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fences text with more backticks than any run of backticks inside it. */
    public static String fence(String text, String info) {
        int longest = 0;
        int run = 0;
        for (char c : text.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String marks = "`".repeat(Math.max(3, longest + 1));
        return marks + info + "\n" + text + (text.endsWith("\n") ? "" : "\n") + marks + "\n";
    }

    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("<", "&lt;");
    }
}
