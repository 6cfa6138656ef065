package io.pcmops.cli.follow;

import io.pcmops.cli.render.Plurals;
import io.pcmops.cli.render.Style;
import io.pcmops.cli.render.TerminalText;
import io.pcmops.model.Durations;
import io.pcmops.model.InvocationState;
import io.pcmops.model.OutputGroup;
import io.pcmops.model.Run;
import io.pcmops.model.TargetRef;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The text summary of a run: counts by state, why targets did not succeed, then each distinct output once with how
 * many targets printed it.
 */
public final class RunSummary {

    private static final int MAX_LINES = 20;
    private static final int SAMPLE = 5;

    private final PrintWriter out;
    private final Style style;

    public RunSummary(PrintWriter out, Style style) {
        this.out = out;
        this.style = style;
    }

    public void print(RunResult result) {
        Run run = result.run();
        out.println(style.bold("Run " + run.id()) + "  " + style.state(run.status().name()) + "  "
                + Plurals.count(run.targetCount(), "target") + took(run));
        out.println("  " + counts(run.counts()));
        ReasonSummary.print(result.invocations(), out, style);
        List<OutputGroup> groups = result.outputGroups();
        out.println();
        out.println(style.bold(heading(groups, run.targetCount())));
        groups.forEach(this::group);
        out.flush();
    }

    private static String heading(List<OutputGroup> groups, int targets) {
        boolean identical = groups.size() == 1 && groups.get(0).targetCount() == targets;
        return identical ? "Output (identical on every target):" : "Output (" + groups.size() + " distinct):";
    }

    /** Returns counts like {@code SUCCESS 8  FAILED 2}, only states that occur, in state order. */
    public String counts(Map<InvocationState, Integer> counts) {
        String text = counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.comparingByKey())
                .map(e -> style.state(e.getKey().name()) + " " + e.getValue()).collect(Collectors.joining("  "));
        return text.isEmpty() ? "no targets" : text;
    }

    private void group(OutputGroup group) {
        out.println();
        out.println("  " + style.bold(Plurals.count(group.targetCount(), "target"))
                + "  " + counts(group.states()) + "  " + style.dim(sample(group.sample(), group.targetCount())));
        block("stdout", group.stdout());
        block("stderr", group.stderr());
    }

    private void block(String name, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        out.println("    " + style.dim(name + ":"));
        List<String> lines = TerminalText.clean(text).lines().toList();
        lines.stream().limit(MAX_LINES).forEach(line -> out.println("    | " + line));
        if (lines.size() > MAX_LINES) {
            out.println("    | " + style.dim("… " + (lines.size() - MAX_LINES) + " more lines (pcmops runs output)"));
        }
    }

    /** Returns up to five target names, with an ellipsis when {@code count} is larger. */
    static String sample(List<TargetRef> sample, int count) {
        String names = sample.stream().limit(SAMPLE).map(TargetRef::label).collect(Collectors.joining(", "));
        return count > SAMPLE ? names + ", …" : names;
    }

    private static String took(Run run) {
        if (run.startedAt() == null || run.endedAt() == null) {
            return "";
        }
        Duration took = Duration.between(run.startedAt(), run.endedAt());
        if (took.toMillis() < 1000) {
            return "  in " + took.toMillis() + "ms";
        }
        return "  in " + (took.toSeconds() < 10 ? took.toMillis() / 100 / 10.0 + "s" : Durations.format(took));
    }
}
