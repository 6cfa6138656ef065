package io.pcmops.cli.follow;

import io.pcmops.cli.render.Style;
import io.pcmops.cli.render.TerminalText;
import io.pcmops.model.Invocation;
import io.pcmops.model.InvocationState;
import io.pcmops.model.TargetRef;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Why targets of a run did not succeed: each distinct state and reason once (e.g. {@code NOT_EXECUTED 2
 * credentials: … AccessDenied …}), with how many targets it concerns and some of their names.
 */
final class ReasonSummary {

    private ReasonSummary() {
    }

    /** Prints one line per distinct reason, most frequent first; nothing when no target has a reason. */
    static void print(List<Invocation> invocations, PrintWriter out, Style style) {
        Map<Reason, List<TargetRef>> byReason = invocations.stream()
                .filter(i -> i.state() != InvocationState.SUCCESS && i.reason() != null && !i.reason().isBlank())
                .collect(Collectors.groupingBy(i -> new Reason(i.state(), i.reason()), LinkedHashMap::new,
                        Collectors.mapping(Invocation::target, Collectors.toList())));
        byReason.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.comparingInt(List<TargetRef>::size).reversed()))
                .forEach(e -> out.println("  " + style.state(e.getKey().state().name()) + " "
                        + e.getValue().size() + ": " + TerminalText.clean(e.getKey().text()) + "  "
                        + style.dim(RunSummary.sample(e.getValue(), e.getValue().size()))));
    }

    /** A state with the reason the provider or the engine gave. */
    private record Reason(InvocationState state, String text) {
    }
}
