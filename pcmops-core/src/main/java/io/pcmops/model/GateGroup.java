package io.pcmops.model;

import java.util.List;

/**
 * One group of targets at a gate, and its answer.
 *
 * @param key       the group's name (the gate's template filled with the targets' facts)
 * @param targetIds its targets
 * @param choices   the answers to choose from (empty: any text); {@code skip} is always allowed
 * @param answer    the answer given, or {@code null}
 * @param answeredBy who answered, or {@code null}
 */
public record GateGroup(String key, List<String> targetIds, List<String> choices, String answer, String answeredBy) {

    public GateGroup {
        targetIds = List.copyOf(targetIds);
        choices = List.copyOf(choices);
    }
}
