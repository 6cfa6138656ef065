package io.pcmops.internal.store;

import io.pcmops.model.InvocationState;
import io.pcmops.model.RunStatus;
import java.util.Map;

/**
 * A run's status and counts at one event sequence.
 *
 * @param status        status
 * @param eventSequence event sequence
 * @param counts        targets per state
 */
public record RunSnapshot(RunStatus status, long eventSequence, Map<InvocationState, Integer> counts) {
}
