package io.pcmops.cli.env;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which standard streams are attached to a terminal. Decides whether to prompt, draw a progress bar or use colour.
 *
 * @param stdin  standard input is a terminal
 * @param stdout standard output is a terminal
 * @param stderr standard error is a terminal
 */
public record Terminals(boolean stdin, boolean stdout, boolean stderr) {

    /** Returns the state of no terminal at all (pipes, files, tests). */
    public static Terminals none() {
        return new Terminals(false, false, false);
    }

    /** Detects the terminals of this process. */
    public static Terminals detect() {
        boolean console = System.console() != null;
        return new Terminals(isTerminal(0, console), isTerminal(1, console), isTerminal(2, console));
    }

    private static boolean isTerminal(int descriptor, boolean console) {
        Path link = Path.of("/proc/self/fd/" + descriptor);
        try {
            String target = Files.readSymbolicLink(link).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            return console;
        }
    }
}
