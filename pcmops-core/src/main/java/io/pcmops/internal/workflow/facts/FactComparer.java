package io.pcmops.internal.workflow.facts;

import io.pcmops.model.Difference;
import io.pcmops.model.FactChange;
import io.pcmops.model.TargetComparison;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** Compares the facts of two sources target by target. */
public final class FactComparer {

    private FactComparer() {
    }

    /**
     * Facts of one target in one source.
     *
     * @param name  target name
     * @param facts facts by name
     */
    public record TargetFacts(String name, Map<String, String> facts) {
    }

    /** Compares; targets come in the order of {@code before}, then those only in {@code after}. */
    public static List<TargetComparison> compare(Map<String, TargetFacts> before, Map<String, TargetFacts> after) {
        Map<String, TargetFacts> all = new LinkedHashMap<>(before);
        after.forEach(all::putIfAbsent);
        List<TargetComparison> result = new ArrayList<>();
        all.forEach((id, facts) -> result.add(target(id, facts.name(), before.get(id), after.get(id))));
        return result;
    }

    /** Counts targets per difference, every difference present. */
    public static Map<Difference, Integer> counts(List<TargetComparison> targets) {
        Map<Difference, Integer> counts = new EnumMap<>(Difference.class);
        for (Difference difference : Difference.values()) {
            counts.put(difference, 0);
        }
        targets.forEach(t -> counts.merge(t.difference(), 1, Integer::sum));
        return counts;
    }

    private static TargetComparison target(String id, String name, TargetFacts before, TargetFacts after) {
        Map<String, String> old = before == null ? Map.of() : before.facts();
        Map<String, String> now = after == null ? Map.of() : after.facts();
        List<FactChange> facts = new ArrayList<>();
        for (String fact : new TreeSet<>(union(old, now))) {
            facts.add(new FactChange(fact, difference(old.get(fact), now.get(fact)), old.get(fact), now.get(fact)));
        }
        Difference difference = before == null ? Difference.ADDED : after == null ? Difference.REMOVED
                : facts.stream().allMatch(f -> f.difference() == Difference.UNCHANGED) ? Difference.UNCHANGED
                : Difference.CHANGED;
        return new TargetComparison(id, name, difference, facts);
    }

    private static java.util.Set<String> union(Map<String, String> a, Map<String, String> b) {
        java.util.Set<String> keys = new java.util.HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static Difference difference(String before, String after) {
        if (before == null) {
            return Difference.ADDED;
        }
        if (after == null) {
            return Difference.REMOVED;
        }
        return Objects.equals(before, after) ? Difference.UNCHANGED : Difference.CHANGED;
    }
}
