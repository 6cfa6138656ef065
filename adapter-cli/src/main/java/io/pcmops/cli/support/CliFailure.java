package io.pcmops.cli.support;

/** A command ends with a message and an exit code of its own choosing (e.g. a refused confirmation). */
public final class CliFailure extends RuntimeException {

    private final int exitCode;

    public CliFailure(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
