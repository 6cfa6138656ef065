package io.pcmops.cli;

import io.pcmops.cli.env.CliEnvironment;
import io.pcmops.cli.env.Interrupts;
import io.pcmops.cli.env.SecretPrompt;
import io.pcmops.cli.env.Terminals;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/** Runs {@code pcmops} in this process on a data directory, with captured output and a given standard input. */
final class CliHarness {

    private final Path dataDirectory;
    private Terminals terminals = Terminals.none();
    private String stdin = "";
    private boolean blockingStdin;
    private Runnable beforeFirstRead;
    private SecretPrompt secrets = prompt -> null;
    private Interrupts interrupts = handler -> () -> { };
    private Map<String, String> variables = Map.of();

    CliHarness(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    CliHarness interactive(String answers) {
        this.terminals = new Terminals(true, false, false);
        this.stdin = answers;
        return this;
    }

    /** Makes standard input a terminal whose answers are read only after {@code action} ran (at the first read). */
    CliHarness interactive(String answers, Runnable action) {
        this.beforeFirstRead = action;
        return interactive(answers);
    }

    /** Makes standard input a terminal on which {@code lines} are typed at the no-echo prompt. */
    CliHarness typedSecret(String... lines) {
        this.terminals = new Terminals(true, false, false);
        Deque<String> typed = new ArrayDeque<>(List.of(lines));
        this.secrets = prompt -> typed.pollFirst();
        return this;
    }

    /** Makes standard input a terminal that never answers. */
    CliHarness silentTerminal() {
        this.terminals = new Terminals(true, false, false);
        this.blockingStdin = true;
        return this;
    }

    CliHarness terminals(Terminals value) {
        this.terminals = value;
        return this;
    }

    CliHarness stdin(String text) {
        this.stdin = text;
        return this;
    }

    CliHarness interrupts(Interrupts value) {
        this.interrupts = value;
        return this;
    }

    CliHarness variables(Map<String, String> value) {
        this.variables = value;
        return this;
    }

    Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDirectory.toString()));
        all.addAll(Arrays.asList(args));
        return runExactly(all.toArray(String[]::new));
    }

    /** Runs with these arguments only: no {@code --data-dir} of the harness's own. */
    Result runExactly(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment environment = new CliEnvironment(input(), variables, terminals, "tester", interrupts,
                secrets);
        int code = Cli.execute(environment, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    private InputStream input() {
        if (beforeFirstRead != null) {
            return new ActingInput(stdin, beforeFirstRead);
        }
        if (!blockingStdin) {
            return new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        }
        try {
            return new PipedInputStream(new PipedOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What one command did.
     *
     * @param exitCode exit code
     * @param out      standard output
     * @param err      standard error
     */
    record Result(int exitCode, String out, String err) {
    }
}
