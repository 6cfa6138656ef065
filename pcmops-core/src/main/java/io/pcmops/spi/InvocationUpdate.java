package io.pcmops.spi;

import io.pcmops.model.InvocationState;
import io.pcmops.model.OutputText;
import java.time.Instant;
import java.util.Objects;

/**
 * A target's new state as a provider reports it.
 *
 * @param targetId  the target's id
 * @param state     new state
 * @param reason    explanation, or {@code null}
 * @param exitCode  exit code, or {@code null}
 * @param stdout    standard output (complete for a final state), or {@code null} when not known yet
 * @param stderr    standard error, or {@code null}
 * @param startedAt start time, or {@code null}
 * @param endedAt   end time, or {@code null}
 */
public record InvocationUpdate(String targetId, InvocationState state, String reason, Integer exitCode,
                               OutputText stdout, OutputText stderr, Instant startedAt, Instant endedAt) {

    public InvocationUpdate {
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(state, "state");
    }

    /** Returns an update carrying only a state. */
    public static InvocationUpdate state(String targetId, InvocationState state) {
        return new InvocationUpdate(targetId, state, null, null, null, null, null, null);
    }

    /** Returns an update carrying a state and a reason. */
    public static InvocationUpdate state(String targetId, InvocationState state, String reason) {
        return new InvocationUpdate(targetId, state, reason, null, null, null, null, null);
    }
}
