package io.pcmops.internal.store;

import io.pcmops.model.InvocationState;
import io.pcmops.model.TargetRef;

/**
 * An invocation as the engine tracks it.
 *
 * @param seq    position in the plan, from 0
 * @param target target
 * @param state  state
 * @param unitId unit it was put in, or {@code null}
 */
public record InvocationRecord(int seq, TargetRef target, InvocationState state, Integer unitId) {
}
