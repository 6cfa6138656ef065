package io.pcmops.stub;

import io.pcmops.model.InvocationState;
import java.time.Duration;
import java.util.Objects;

/**
 * What a stub target does with a script: how long it takes and how it ends.
 *
 * @param state    final state
 * @param exitCode exit code, or {@code null}
 * @param stdout   standard output
 * @param stderr   standard error
 * @param latency  time from dispatch to the final state
 */
public record StubOutcome(InvocationState state, Integer exitCode, String stdout, String stderr, Duration latency) {

    public StubOutcome {
        Objects.requireNonNull(state, "state");
        if (!state.terminal()) {
            throw new IllegalArgumentException("a stub outcome must be a final state, not " + state);
        }
        stdout = stdout == null ? "" : stdout;
        stderr = stderr == null ? "" : stderr;
        latency = latency == null ? Duration.ZERO : latency;
    }

    /** Exit 0 with the given output. */
    public static StubOutcome success(String stdout, Duration latency) {
        return new StubOutcome(InvocationState.SUCCESS, 0, stdout, "", latency);
    }

    /** A non-zero exit with the given error output. */
    public static StubOutcome failure(int exitCode, String stderr, Duration latency) {
        return new StubOutcome(InvocationState.FAILED, exitCode, "", stderr, latency);
    }

    /** Returns a copy taking another time. */
    public StubOutcome after(Duration value) {
        return new StubOutcome(state, exitCode, stdout, stderr, value);
    }
}
