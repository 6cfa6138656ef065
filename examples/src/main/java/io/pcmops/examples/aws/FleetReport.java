package io.pcmops.examples.aws;

import io.pcmops.model.ReachabilityStatus;
import io.pcmops.model.ScopeError;
import io.pcmops.model.Target;
import io.pcmops.model.TargetListing;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Prints a fleet: how many targets per account and region and how many of them SSM can reach. */
final class FleetReport {

    private FleetReport() {
    }

    static void print(TargetListing listing, PrintStream out) {
        List<Target> targets = listing.targets();
        out.println("Fleet: " + Counts.of(targets.size(), "target") + " in "
                + Counts.of(count(targets, Target::account), "account") + " and "
                + Counts.of(count(targets, Target::region), "region"));
        if (!targets.isEmpty()) {
            places(targets, out);
        }
        listing.errors().stream().sorted(Comparator.comparing(ScopeError::describe))
                .forEach(error -> out.println("  not listed: " + error.describe()));
        listing.warnings().forEach(warning -> out.println("  warning: " + warning));
    }

    private static void places(List<Target> targets, PrintStream out) {
        out.printf("  %-14s %-16s %7s %9s%n", "ACCOUNT", "REGION", "TARGETS", "REACHABLE");
        Map<String, List<Target>> byPlace = targets.stream().collect(Collectors.groupingBy(
                t -> t.account() + " " + t.region(), TreeMap::new, Collectors.toList()));
        byPlace.forEach((place, here) -> out.printf("  %-14s %-16s %7d %9d%n", here.get(0).account(),
                here.get(0).region(), here.size(), here.stream().filter(FleetReport::reachable).count()));
        out.println("  reachability: " + targets.stream().collect(Collectors.groupingBy(
                        t -> t.reachability().status(), TreeMap::new, Collectors.counting()))
                .entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    }

    private static boolean reachable(Target target) {
        return target.reachability().status() == ReachabilityStatus.ONLINE;
    }

    private static long count(List<Target> targets, Function<Target, String> key) {
        return targets.stream().map(key).distinct().count();
    }
}
