package io.pcmops.examples.aws;

import io.pcmops.Pcmops;
import io.pcmops.model.Invocation;
import io.pcmops.model.InvocationQuery;
import io.pcmops.model.InvocationState;
import io.pcmops.model.OutputGroup;
import io.pcmops.model.Page;
import io.pcmops.model.PageRequest;
import io.pcmops.model.Run;
import io.pcmops.model.TargetRef;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Prints a finished run: counts by state, each distinct output once with its targets, and why others failed. */
final class OutcomeReport {

    private OutcomeReport() {
    }

    static void print(Pcmops pcm, Run run, PrintStream out) {
        out.println("Run " + run.id() + ": " + run.status() + ", " + Counts.of(run.targetCount(), "target") + ", "
                + new TreeMap<>(run.counts()).entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        for (OutputGroup group : pcm.runs().outputGroups(run.id())) {
            out.println("  " + Counts.of(group.targetCount(), "target") + " " + new TreeMap<>(group.states()) + ": "
                    + group.sample().stream().map(TargetRef::label).collect(Collectors.joining(", "))
                    + (group.targetCount() > group.sample().size() ? ", …" : ""));
            group.stdout().lines().forEach(line -> out.println("    | " + line));
            group.stderr().lines().forEach(line -> out.println("    ! " + line));
        }
        reasons(pcm, run.id()).forEach((reason, count) -> out.println("  " + Counts.of(count, "target") + " "
                + reason));
    }

    /** Counts the targets that did not succeed by state and reason, e.g. {@code NOT_EXECUTED (credentials: …)}. */
    private static Map<String, Long> reasons(Pcmops pcm, String runId) {
        EnumSet<InvocationState> notOk = EnumSet.complementOf(EnumSet.of(InvocationState.SUCCESS));
        List<Invocation> failed = new ArrayList<>();
        Page<Invocation> page;
        do {
            page = pcm.runs().invocations(runId, new InvocationQuery(notOk, null,
                    new PageRequest(failed.size(), Page.MAX_LIMIT)));
            failed.addAll(page.items());
        } while (page.hasMore() && !page.items().isEmpty());
        return failed.stream().filter(i -> i.reason() != null).collect(Collectors.groupingBy(
                i -> i.state() + " (" + i.reason() + ")", TreeMap::new, Collectors.counting()));
    }
}
