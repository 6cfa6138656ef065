package io.pcmops.http.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs schemathesis (installed by {@code scripts/schemathesis}; its command in {@code PCMOPS_SCHEMATHESIS}) against a
 * server. Without it the test is skipped, except under {@code CI=true}, where it fails.
 */
public final class Schemathesis {

    private final Path command;

    private Schemathesis(Path command) {
        this.command = command;
    }

    /** Returns the installed command, or skips (fails under CI) when there is none. */
    public static Schemathesis require() {
        String configured = System.getenv("PCMOPS_SCHEMATHESIS");
        boolean present = configured != null && Files.isExecutable(Path.of(configured));
        if (!present && "true".equals(System.getenv("CI"))) {
            Assertions.fail("schemathesis is required under CI: scripts/test installs it (scripts/schemathesis bin)");
        }
        Assumptions.assumeTrue(present, "schemathesis is not installed; run eval \"$(scripts/schemathesis bin)\"");
        return new Schemathesis(Path.of(configured));
    }

    /**
     * Runs {@code schemathesis run} and waits for it, at most {@code limitSeconds}.
     *
     * @param arguments arguments after {@code run}
     * @param environment extra environment variables (the config file's {@code ${...}})
     * @param output      file that receives its output
     * @return its exit code
     */
    public int run(Path config, List<String> arguments, Map<String, String> environment, Path output,
                   long limitSeconds) {
        List<String> commandLine = new ArrayList<>(List.of(command.toString(), "--config-file", config.toString(),
                "run", "--no-color"));
        commandLine.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(commandLine).redirectErrorStream(true)
                .redirectOutput(output.toFile()).directory(output.getParent().toFile());
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            if (!process.waitFor(limitSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                Assertions.fail("schemathesis ran longer than " + limitSeconds + " s; its output: " + output);
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while schemathesis ran", e);
        }
    }

    /** Returns a file's text. */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
