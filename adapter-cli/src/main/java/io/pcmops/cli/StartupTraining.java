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

    /**
     * Runs the training. A command that fails (say, {@code local} is turned off in this environment) still loaded
     * its classes, so the training goes on; only a crash keeps the launcher from making its archive.
     */
    public static void main(String[] args) throws IOException {
        Path data = Files.createTempDirectory("pcmops-training");
        boolean helpOnly = args.length > 0 && args[0].equals("help");
        try {
            for (List<String> command : helpOnly ? List.of(List.of("--help"), List.of("--version")) : commands(data)) {
                run(command);
            }
        } finally {
            delete(data);
        }
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

    private static void run(List<String> command) {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        CliEnvironment quiet = new CliEnvironment(new ByteArrayInputStream(new byte[0]), Map.of(),
                Terminals.none(), System.getProperty("user.name", "unknown"), handler -> () -> { },
                SecretPrompt.console());
        Cli.execute(quiet, nowhere, nowhere, command.toArray(String[]::new));
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
