package io.pcmops.model;

import java.util.List;
import java.util.Map;

/**
 * Targets of a run that produced exactly the same output, shown once.
 *
 * @param stdout      the shared standard output (a preview of at most 4 KB)
 * @param stderr      the shared standard error (a preview of at most 4 KB)
 * @param targetCount how many targets printed it
 * @param states      those targets per state
 * @param sample      up to 20 of those targets
 */
public record OutputGroup(String stdout, String stderr, int targetCount, Map<InvocationState, Integer> states,
                          List<TargetRef> sample) {

    public OutputGroup {
        states = Map.copyOf(states);
        sample = List.copyOf(sample);
    }
}
