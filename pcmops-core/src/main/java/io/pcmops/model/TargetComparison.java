package io.pcmops.model;

import java.util.List;

/**
 * The facts of one target compared.
 *
 * @param targetId   target id
 * @param name       target name
 * @param difference {@code ADDED} or {@code REMOVED} when the target is in one source only, else {@code CHANGED}
 *                   when a fact differs, or {@code UNCHANGED}
 * @param facts      every fact of either side, by name
 */
public record TargetComparison(String targetId, String name, Difference difference, List<FactChange> facts) {

    public TargetComparison {
        facts = List.copyOf(facts);
    }

    /** Returns the facts that were added, removed or changed. */
    public List<FactChange> changes() {
        return facts.stream().filter(f -> f.difference() != Difference.UNCHANGED).toList();
    }
}
