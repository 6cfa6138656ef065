package io.pcmops.internal.store;

import io.pcmops.model.InvocationState;
import io.pcmops.model.OutputText;
import java.time.Instant;

/**
 * A state change to store for one invocation. Output is stored when given.
 *
 * @param seq       invocation position
 * @param state     new state
 * @param reason    reason, or {@code null} to keep the current one
 * @param exitCode  exit code, or {@code null} to keep the current one
 * @param stdout    standard output, or {@code null} to keep the current one
 * @param stderr    standard error, or {@code null} to keep the current one
 * @param startedAt start time, or {@code null} to keep the current one
 * @param endedAt   end time, or {@code null} to keep the current one
 */
public record StoredUpdate(int seq, InvocationState state, String reason, Integer exitCode, OutputText stdout,
                           OutputText stderr, Instant startedAt, Instant endedAt) {

    /** Returns a change of state with a reason only. */
    public static StoredUpdate settle(int seq, InvocationState state, String reason, Instant at) {
        return new StoredUpdate(seq, state, reason, null, null, null, null, state.terminal() ? at : null);
    }
}
