package io.pcmops.cli.render;

import io.pcmops.model.BlastRadius;
import io.pcmops.model.Plan;
import io.pcmops.model.ScopeError;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

/** The blast radius of a plan: how many targets, and where they are. */
public final class PlanView {

    private static final int MAX_VALUES = 8;

    private PlanView() {
    }

    /** Prints the plan for people. */
    public static void print(Plan plan, PrintWriter out, Style style) {
        BlastRadius radius = plan.blastRadius();
        out.println(style.bold("Plan " + plan.id()) + "  " + Plurals.count(radius.total(), "target"));
        line(out, "provider", radius.byProvider());
        line(out, "partition", radius.byPartition());
        line(out, "account", radius.byAccount());
        line(out, "region", radius.byRegion());
        line(out, "platform", radius.byPlatform());
        line(out, "reachability", radius.byReachability());
        for (ScopeError error : plan.errors()) {
            out.println(style.yellow("  not listed: " + error.describe()));
        }
        plan.warnings().forEach(warning -> out.println(style.yellow("  warning: " + warning)));
        out.flush();
    }

    /** Returns the blast radius as rows of dimension, value and count. */
    public static Table table(Plan plan) {
        Table table = Table.of("PLAN", "DIMENSION", "VALUE", "TARGETS");
        BlastRadius radius = plan.blastRadius();
        Map.of("provider", radius.byProvider(), "partition", radius.byPartition(), "account", radius.byAccount(),
                "region", radius.byRegion(), "platform", radius.byPlatform(), "reachability",
                radius.byReachability()).entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(dimension -> dimension.getValue().forEach((value, count) ->
                        table.row(plan.id(), dimension.getKey(), value, count)));
        return table;
    }

    private static void line(PrintWriter out, String dimension, Map<String, Integer> counts) {
        String values = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_VALUES).map(e -> (e.getKey().isEmpty() ? "-" : TerminalText.clean(e.getKey())) + " " + e.getValue())
                .collect(Collectors.joining(", "));
        String more = counts.size() > MAX_VALUES ? ", … " + (counts.size() - MAX_VALUES) + " more" : "";
        out.printf("  %-13s %s%s%n", dimension, values, more);
    }
}
