package io.pcmops.internal.workflow.facts;

import io.pcmops.model.Gate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Groups targets at a gate by its fact template, and merges each group's choices. */
public final class Grouping {

    private Grouping() {
    }

    /**
     * A group of targets.
     *
     * @param key       the filled template
     * @param targetIds its targets, in the order given
     * @param choices   the union of the targets' choices, in version order, newest first
     */
    public record Group(String key, List<String> targetIds, List<String> choices) {
    }

    /** Groups targets (id → facts, in plan order); groups come in order of their first target. */
    public static List<Group> of(Gate gate, Map<String, Map<String, String>> factsByTarget) {
        Map<String, List<String>> members = new LinkedHashMap<>();
        Map<String, TreeSet<String>> choices = new LinkedHashMap<>();
        factsByTarget.forEach((targetId, facts) -> {
            String key = keyOf(gate, facts);
            members.computeIfAbsent(key, k -> new ArrayList<>()).add(targetId);
            TreeSet<String> options = choices.computeIfAbsent(key, k -> new TreeSet<>(VersionOrder.ASCENDING));
            if (gate.choices() != null) {
                options.addAll(split(facts.get(gate.choices())));
            }
        });
        List<Group> groups = new ArrayList<>();
        members.forEach((key, ids) -> groups.add(new Group(key, ids,
                List.copyOf(choices.get(key).descendingSet()))));
        return groups;
    }

    /** Returns the group key of one target: the gate's template filled with its facts. */
    public static String keyOf(Gate gate, Map<String, String> facts) {
        return gate.approval() ? "" : Templates.fill(gate.groupBy(), new Subject(facts, null, null));
    }

    /** Splits a list fact on commas and white space. */
    public static List<String> split(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.trim().split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
    }
}
