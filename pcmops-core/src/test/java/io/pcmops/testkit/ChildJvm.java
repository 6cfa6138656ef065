package io.pcmops.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A test's {@code main} class run in a JVM of its own, on the test class path: a second process on the same data
 * directory, one that can be killed or stopped (SIGSTOP) for real. Its standard output is read line by line.
 */
public final class ChildJvm implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private int consumed;

    private ChildJvm(Process process) {
        this.process = process;
        Thread.ofVirtual().name("child-jvm-output").start(this::readOutput);
    }

    /** Starts {@code main} with arguments; its standard error goes to the test's. */
    public static ChildJvm start(Class<?> main, String... args) {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp", classPath,
                main.getName()));
        command.addAll(List.of(args));
        try {
            return new ChildJvm(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + main.getName(), e);
        }
    }

    /** Waits for the next line starting with {@code prefix} (skipping others) and returns it. */
    public String awaitLine(String prefix) {
        String[] found = new String[1];
        Waits.until(PATIENCE, "a line starting with '" + prefix + "' from " + process.pid(), () -> {
            synchronized (lines) {
                while (consumed < lines.size()) {
                    String line = lines.get(consumed++);
                    if (line.startsWith(prefix)) {
                        found[0] = line;
                        return true;
                    }
                }
                if (!process.isAlive()) {
                    throw new AssertionError("the child process ended (exit " + process.exitValue() + ") before "
                            + "printing a line starting with '" + prefix + "'");
                }
                return false;
            }
        });
        return found[0];
    }

    /** Returns whether the process is stopped (SIGSTOP), as Linux reports it in {@code /proc}. */
    public boolean stopped() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("T");
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops the whole process (SIGSTOP), as a frozen VM or a long pause would; see {@link #stopped()}. */
    public void stop() {
        signal("-STOP");
    }

    /** Continues a stopped process (SIGCONT). */
    public void resume() {
        signal("-CONT");
    }

    /** Writes a line to the process's standard input. */
    public void send(String line) {
        try {
            process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + process.pid(), e);
        }
    }

    /** Kills the process at once, as a crash would, and waits until it is gone. */
    public void kill() {
        try {
            process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while killing " + process.pid(), e);
        }
    }

    @Override
    public void close() {
        kill();
    }

    private void signal(String signal) {
        try {
            Process kill = new ProcessBuilder("kill", signal, Long.toString(process.pid())).start();
            if (kill.waitFor() != 0) {
                throw new AssertionError("kill " + signal + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private void readOutput() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            synchronized (lines) {
                lines.add("(output unreadable: " + e.getMessage() + ")");
            }
        }
    }
}
