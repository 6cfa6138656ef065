package io.pcmops.aws.testkit;

import java.nio.charset.StandardCharsets;

/**
 * How a script ended, with its complete captured output.
 *
 * @param ending why it ended
 * @param exitCode the exit code, or the kill code for {@link Ending#TIMED_OUT} / {@link Ending#STOPPED}
 * @param stdout captured standard output
 * @param stderr captured standard error
 */
public record ScriptOutcome(Ending ending, int exitCode, byte[] stdout, byte[] stderr) {

    /** Why a script ended. */
    public enum Ending {
        /** The script exited by itself. */
        EXITED,
        /** It was killed at the execution timeout. */
        TIMED_OUT,
        /** It was killed because {@link ScriptContext#stop()} completed. */
        STOPPED
    }

    /** A script that exited with the given code and UTF-8 output. */
    public static ScriptOutcome exited(int exitCode, String stdout, String stderr) {
        return new ScriptOutcome(Ending.EXITED, exitCode, utf8(stdout), utf8(stderr));
    }

    /** The standard output as UTF-8 text. */
    public String stdoutText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    /** The standard error as UTF-8 text. */
    public String stderrText() {
        return new String(stderr, StandardCharsets.UTF_8);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
