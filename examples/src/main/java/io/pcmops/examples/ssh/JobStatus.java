package io.pcmops.examples.ssh;

import io.pcmops.model.InvocationState;
import java.time.Instant;

/**
 * A job's state as the host reports it, from {@link RemoteJob#statusCommand()}.
 *
 * @param phase       {@code missing}, {@code starting}, {@code running}, {@code done} or {@code dead}
 * @param exitCode    exit code once done, else {@code null}
 * @param hostNow     the host's clock
 * @param startedAt   when the wrapper started (host clock), or {@code null}
 * @param endedAt     when the exit code was written (host clock), or {@code null}
 * @param stdoutBytes size of the standard output file
 * @param stderrBytes size of the standard error file
 * @param cancelled   whether a cancel killed it
 * @param timedOut    whether the execution timeout killed it
 */
record JobStatus(String phase, Integer exitCode, Instant hostNow, Instant startedAt, Instant endedAt,
                 long stdoutBytes, long stderrBytes, boolean cancelled, boolean timedOut) {

    static JobStatus parse(String line) {
        String[] f = line.strip().split("\\s+");
        if (f.length < 9) {
            return new JobStatus(f.length == 0 ? "missing" : f[0], null, Instant.now(), null, null, 0, 0, false,
                    false);
        }
        return new JobStatus(f[0], f[1].equals("-") ? null : Integer.valueOf(f[1]), epoch(f[2]), epoch(f[3]),
                epoch(f[4]), Long.parseLong(f[5]), Long.parseLong(f[6]), f[7].equals("cancelled"),
                f[8].equals("timed-out"));
    }

    /** Returns whether the job will not change any more. */
    boolean ended() {
        return phase.equals("done") || phase.equals("dead") || phase.equals("missing");
    }

    /** Returns the final state of an ended job, and why. Cancel and timeout marks win over the exit code. */
    InvocationState finalState() {
        if (cancelled) {
            return InvocationState.CANCELLED;
        }
        if (timedOut) {
            return InvocationState.TIMED_OUT_EXECUTION;
        }
        return exitCode != null && exitCode == 0 ? InvocationState.SUCCESS : InvocationState.FAILED;
    }

    String reason() {
        if (cancelled) {
            return "cancelled; the process group was killed";
        }
        if (timedOut) {
            return "execution timeout reached; the process group was killed";
        }
        if (phase.equals("missing")) {
            return "the job folder is gone from the host";
        }
        return exitCode == null ? "interrupted: the script ended without recording an exit code" : null;
    }

    private static Instant epoch(String text) {
        return text.equals("-") ? null : Instant.ofEpochSecond(Long.parseLong(text));
    }
}
