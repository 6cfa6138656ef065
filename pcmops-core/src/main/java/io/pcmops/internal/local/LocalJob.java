package io.pcmops.internal.local;

import io.pcmops.model.ScriptLanguage;
import io.pcmops.spi.DispatchUnit;
import io.pcmops.spi.ScriptRendering;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The files of one script run on this machine: the script, a wrapper that records its own pid first and the exit
 * code last, the output files, and markers for a kill on timeout or cancel. Everything needed to collect the result
 * is on disk, so another process can collect it later.
 */
final class LocalJob {

    static final String PID = "pid";
    static final String EXIT_CODE = "exitcode";
    static final String STDOUT = "stdout";
    static final String STDERR = "stderr";
    static final String TIMED_OUT = "timed-out";
    static final String CANCELLED = "cancelled";

    private final Path folder;

    LocalJob(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    /** Writes the script and wrapper of a unit into a fresh folder. */
    static LocalJob prepare(Path folder, DispatchUnit unit) {
        try {
            Files.createDirectories(folder.resolve("work"));
            boolean powerShell = unit.script().language() == ScriptLanguage.POWERSHELL;
            String scriptFile = powerShell ? "script.ps1" : "script.sh";
            String text = powerShell ? ScriptRendering.powerShell(unit.script()) : ScriptRendering.posix(unit.script());
            Files.writeString(folder.resolve(scriptFile), text);
            String run = powerShell ? "pwsh -NoLogo -NoProfile -NonInteractive -File ../script.ps1"
                    : "sh ../script.sh";
            Files.writeString(folder.resolve("wrapper.sh"), "echo $$ > pid.tmp && mv pid.tmp " + PID + "\n"
                    + "cd work || exit 126\n" + run + " > ../" + STDOUT + " 2> ../" + STDERR + " < /dev/null\n"
                    + "code=$?\necho \"$code\" > ../exitcode.tmp && mv ../exitcode.tmp ../" + EXIT_CODE + "\n");
            return new LocalJob(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + folder, e);
        }
    }

    /**
     * Starts the wrapper in its own session, detached from this JVM's standard streams, and records its pid before
     * returning (the wrapper records the same pid itself, so a restarted process finds it either way).
     */
    Process launch(Map<String, String> environment) throws IOException {
        ProcessBuilder builder = LocalHost.which("setsid").isPresent()
                ? new ProcessBuilder("setsid", "sh", "wrapper.sh") : new ProcessBuilder("sh", "wrapper.sh");
        builder.directory(folder.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        Path draft = folder.resolve("pid.java");
        Files.writeString(draft, process.pid() + "\n");
        Files.move(draft, folder.resolve(PID), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return process;
    }

    /** Returns the pid the wrapper recorded, once it has started. */
    Optional<Long> pid() {
        return read(PID).map(text -> Long.parseLong(text.trim()));
    }

    Optional<Integer> exitCode() {
        return read(EXIT_CODE).map(text -> Integer.parseInt(text.trim()));
    }

    Instant startedAt() {
        return modified(PID).orElse(Instant.now());
    }

    Optional<Instant> endedAt() {
        return modified(EXIT_CODE);
    }

    boolean marked(String marker) {
        return Files.exists(folder.resolve(marker));
    }

    void mark(String marker) {
        try {
            Files.writeString(folder.resolve(marker), Instant.now().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve(marker), e);
        }
    }

    Path file(String name) {
        return folder.resolve(name);
    }

    private Optional<String> read(String name) {
        try {
            Path file = folder.resolve(name);
            return Files.exists(file) ? Optional.of(Files.readString(file)).filter(s -> !s.isBlank()) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<Instant> modified(String name) {
        try {
            Path file = folder.resolve(name);
            return Files.exists(file) ? Optional.of(Files.getLastModifiedTime(file).toInstant()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
