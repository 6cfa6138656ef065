package io.pcmops.cli.support;

import io.pcmops.cli.env.CliEnvironment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.inject.Inject;
import javax.inject.Singleton;

/** Asks the person at the terminal: questions on standard error, answers from standard input. */
@Singleton
public final class Prompter {

    private final CliEnvironment environment;
    private final BufferedReader stdin;

    @Inject
    public Prompter(CliEnvironment environment) {
        this.environment = environment;
        this.stdin = new BufferedReader(new InputStreamReader(environment.stdin(), StandardCharsets.UTF_8));
    }

    /** Returns whether someone can answer: standard input is a terminal. */
    public boolean interactive() {
        return environment.terminals().stdin();
    }

    /** Asks a yes/no question; only {@code y} or {@code yes} is yes, end of input is no. */
    public boolean confirm(PrintWriter err, String question) {
        err.print(question + " [y/N] ");
        err.flush();
        String answer = readLine();
        String normalized = answer == null ? "" : answer.trim().toLowerCase(Locale.ROOT);
        return normalized.equals("y") || normalized.equals("yes");
    }

    /**
     * Reads a pasted secret: without echo from a terminal (lines until an empty one), else all of standard input.
     * The text is never printed.
     */
    public String readSecret(PrintWriter err, String prompt) {
        if (!interactive()) {
            return readAll();
        }
        err.println(prompt);
        err.flush();
        StringBuilder text = new StringBuilder();
        for (String line = environment.secrets().read("> "); line != null && !line.isBlank();
                line = environment.secrets().read("> ")) {
            text.append(line).append('\n');
        }
        return text.toString();
    }

    /**
     * Reads a new password: typed twice without echo on a terminal (they must match), else the first line of
     * standard input. The text is never printed.
     *
     * @return the password, or {@code null} when none was given or the two differ
     */
    public String readNewPassword(PrintWriter err, String prompt) {
        if (!interactive()) {
            return readLine();
        }
        err.flush();
        String first = environment.secrets().read(prompt + ": ");
        String again = first == null ? null : environment.secrets().read(prompt + " again: ");
        return first != null && first.equals(again) ? first : null;
    }

    /** Reads one line of standard input, or {@code null} at its end. */
    public synchronized String readLine() {
        try {
            return stdin.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
    }

    private synchronized String readAll() {
        StringBuilder text = new StringBuilder();
        for (String line = readLine(); line != null; line = readLine()) {
            text.append(line).append('\n');
        }
        return text.toString();
    }
}
