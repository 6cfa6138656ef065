package io.pcmops.cli.support;

/** How a command uses the library: reading and recording, or also driving runs to their end. */
public enum Access {
    /** Reads or records; never resumes runs left behind by other processes. */
    READ,
    /** Drives runs: also resumes runs whose owner stopped (their lease expired). */
    DRIVE
}
