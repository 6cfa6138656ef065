package io.pcmops.model;

import java.time.Instant;

/**
 * One target within a run.
 *
 * <p>In lists, {@code stdout} and {@code stderr} are previews of at most 4 KB; the byte counts and truncation
 * flags always describe the whole output. The full text comes from {@code Runs.output}.
 *
 * @param target          the target
 * @param state           state
 * @param reason          why it is in that state, when that needs explaining (e.g. {@code error budget spent})
 * @param exitCode        script exit code, or {@code null}
 * @param stdout          standard output (or a preview of it)
 * @param stderr          standard error (or a preview of it)
 * @param stdoutTruncated whether the provider cut standard output before we got it
 * @param stderrTruncated whether the provider cut standard error before we got it
 * @param stdoutBytes     size of the standard output we hold, in bytes
 * @param stderrBytes     size of the standard error we hold, in bytes
 * @param startedAt       when the script started, or {@code null}
 * @param endedAt         when it ended, or {@code null}
 * @param providerRef     the provider's reference (e.g. the SSM command id), or {@code null}
 */
public record Invocation(
        TargetRef target, InvocationState state, String reason, Integer exitCode, String stdout, String stderr,
        boolean stdoutTruncated, boolean stderrTruncated, long stdoutBytes, long stderrBytes, Instant startedAt,
        Instant endedAt, String providerRef) {
}
