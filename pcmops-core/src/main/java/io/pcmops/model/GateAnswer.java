package io.pcmops.model;

import io.pcmops.InvalidRequestException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A person's answer at a gate: an approval, or a value per group ({@code skip} to leave a group out). Groups not
 * named keep waiting.
 *
 * @param approve whether the step is approved (approval gates)
 * @param groups  group key → chosen value (grouped gates)
 */
public record GateAnswer(boolean approve, Map<String, String> groups) {

    public GateAnswer {
        groups = groups == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(groups));
        if (approve == !groups.isEmpty()) {
            throw new InvalidRequestException("an answer either approves or chooses per group, not "
                    + (approve ? "both" : "neither"));
        }
        groups.forEach((key, value) -> {
            if (value == null || value.isBlank()) {
                throw new InvalidRequestException("group '" + key + "' has an empty answer");
            }
        });
    }

    /** Returns an approval. */
    public static GateAnswer approval() {
        return new GateAnswer(true, Map.of());
    }

    /** Returns answers per group. */
    public static GateAnswer choose(Map<String, String> groups) {
        return new GateAnswer(false, groups);
    }
}
