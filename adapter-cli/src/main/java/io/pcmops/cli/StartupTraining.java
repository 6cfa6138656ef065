package io.pcmops.cli;

import io.pcmops.cli.env.CliEnvironment;
import io.pcmops.cli.env.SecretPrompt;
import io.pcmops.cli.env.Terminals;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training runs behind {@code bin/pcmops}'s start-up archives: runs the common commands once, in one process,
 * on a data directory of its own (removed at the end), printing nothing, so the JVM that runs it can archive every
 * class those commands load (and, on JDK 25+, how they were linked and profiled). Running a script is part of it:
 * the {@code local} provider runs {@code true} on this machine. With the argument {@code help} it trains only the
 * top command's help and version, for the archive those use.
 */
public final class StartupTraining {

    private StartupTraining() {
    }

    /** Runs the training; exits non-zero when a command of it failed (the launcher then keeps no archive). */
    public static void main(String[] args) throws IOException {
        Path data = Files.createTempDirectory("pcmops-training");
        boolean helpOnly = args.length > 0 && args[0].equals("help");
        int failures = 0;
        try {
            for (List<String> command : helpOnly ? List.of(List.of("--help"), List.of("--version")) : commands(data)) {
                failures += run(command) == 0 ? 0 : 1;
            }
        } finally {
            delete(data);
        }
        System.exit(failures == 0 ? 0 : 1);
    }

    private static List<List<String>> commands(Path data) {
        String dir = data.toString();
        List<List<String>> commands = new ArrayList<>();
        commands.add(List.of("--help"));
        commands.add(List.of("runs", "list", "--help"));
        for (String format : List.of("table", "json")) {
            commands.add(List.of("--data-dir", dir, "--output", format, "runs", "list"));
            commands.add(List.of("--data-dir", dir, "--output", format, "targets", "list", "--provider", "local"));
            commands.add(List.of("--data-dir", dir, "--output", format, "run", "--provider", "local", "--command",
                    "true", "--yes"));
            commands.add(List.of("--data-dir", dir, "--output", format, "scripts", "list"));
            commands.add(List.of("--data-dir", dir, "--output", format, "providers", "list"));
        }
        commands.add(List.of("--data-dir", dir, "runs", "show", "r-none"));
        return commands;
    }

    private static int run(List<String> command) {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        CliEnvironment quiet = new CliEnvironment(new ByteArrayInputStream(new byte[0]), Map.of(),
                Terminals.none(), System.getProperty("user.name", "unknown"), handler -> () -> { },
                SecretPrompt.console());
        int exitCode = Cli.execute(quiet, nowhere, nowhere, command.toArray(String[]::new));
        boolean expected = command.contains("r-none") ? exitCode == 2 : exitCode == 0;
        return expected ? 0 : exitCode;
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(StartupTraining::deleteOne);
        }
    }

    private static void deleteOne(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file, e);
        }
    }
}
