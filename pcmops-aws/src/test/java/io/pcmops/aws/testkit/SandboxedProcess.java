package io.pcmops.aws.testkit;

import io.pcmops.aws.testkit.ScriptOutcome.Ending;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Runs one script file as a real process: fresh temporary directory, cleaned environment ({@code PATH},
 * {@code HOME} = that directory, {@code LANG}, {@code TMPDIR} and the agent's {@code AWS_SSM_*} variables), its own
 * session and process group via {@code setsid}, {@code ulimit} CPU/memory limits. The whole group is killed at the
 * execution timeout, on stop, and after the script exits (so background children do not outlive it). Output goes to
 * files, read once the group is gone, so nothing a script printed can be lost to a race between pipe readers and
 * process exit.
 */
final class SandboxedProcess {

    private static final String PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    private final SandboxLimits limits;
    private final ProcessTracker tracker;

    SandboxedProcess(SandboxLimits limits, ProcessTracker tracker) {
        this.limits = limits;
        this.tracker = tracker;
    }

    /** Writes {@code script} to {@code fileName} in a temp directory and runs {@code interpreter... file}. */
    ScriptOutcome run(ScriptContext context, String fileName, byte[] script, List<String> interpreter,
            boolean limitMemory) throws InterruptedException {
        Path home = createHome(context);
        try {
            Path file = home.resolve(fileName);
            Files.write(file, script);
            return execute(context, home, command(interpreter, file, limitMemory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(home);
        }
    }

    private ScriptOutcome execute(ScriptContext context, Path home, List<String> command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory(context, home).toFile());
        Map<String, String> env = builder.environment();
        env.clear();
        env.putAll(Map.of("PATH", PATH, "HOME", home.toString(), "LANG", "C.UTF-8", "TMPDIR", home.toString()));
        env.putAll(context.environment());
        Path out = Files.createTempFile("pcmops-sim-stdout-", "");
        Path err = Files.createTempFile("pcmops-sim-stderr-", "");
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        tracker.add(process);
        try {
            Ending ending = await(process, context);
            ProcessTracker.killGroup(process);
            int code = ending == Ending.EXITED ? process.waitFor() : context.killExitCode();
            return new ScriptOutcome(ending, code, capped(out), capped(err));
        } finally {
            tracker.remove(process);
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Reads what a stream wrote to its file, at most the capture limit. */
    private byte[] capped(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(limits.maxCapturedBytes());
        }
    }

    private static Ending await(Process process, ScriptContext context) throws InterruptedException {
        CompletableFuture<Object> first = CompletableFuture.anyOf(process.onExit(), context.stop());
        try {
            first.get(context.executionTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return process.isAlive() ? Ending.TIMED_OUT : Ending.EXITED;
        } catch (ExecutionException e) {
            return Ending.STOPPED;
        }
        return process.isAlive() ? Ending.STOPPED : Ending.EXITED;
    }

    private List<String> command(List<String> interpreter, Path file, boolean limitMemory) {
        String ulimits = "ulimit -t " + limits.cpuSeconds() + " 2>/dev/null; "
                + (limitMemory ? "ulimit -v " + limits.virtualMemoryKib() + " 2>/dev/null; " : "");
        List<String> command = new ArrayList<>(List.of("setsid", "sh", "-c", ulimits + "exec \"$@\"", "sandbox"));
        command.addAll(interpreter);
        command.add(file.toString());
        return command;
    }

    private static Path createHome(ScriptContext context) {
        try {
            return Files.createTempDirectory("pcmops-sim-" + context.instance().instanceId() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An existing absolute {@code workingDirectory} is used as is; a relative one is created under the home. */
    private static Path workingDirectory(ScriptContext context, Path home) throws IOException {
        String requested = context.workingDirectory();
        if (requested.isEmpty()) {
            return home;
        }
        Path path = Path.of(requested);
        if (path.isAbsolute() && Files.isDirectory(path)) {
            return path;
        }
        Path relative = home.resolve(path.isAbsolute() ? path.toString().substring(1) : requested).normalize();
        return Files.createDirectories(relative.startsWith(home) ? relative : home);
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }
}
