package io.pcmops.cli.env;

import java.io.Console;
import java.util.Arrays;

/** Reads one line from the terminal without echoing it. */
@FunctionalInterface
public interface SecretPrompt {

    /**
     * Shows the prompt and reads a line without echo.
     *
     * @return the line, or {@code null} at end of input or when there is no console
     */
    String read(String prompt);

    /** Returns a prompt on the process's console. */
    static SecretPrompt console() {
        return prompt -> {
            Console console = System.console();
            char[] line = console == null ? null : console.readPassword("%s", prompt);
            if (line == null) {
                return null;
            }
            String text = new String(line);
            Arrays.fill(line, '\0');
            return text;
        };
    }
}
