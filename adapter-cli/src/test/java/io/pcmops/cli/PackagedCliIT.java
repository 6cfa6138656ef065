package io.pcmops.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the launcher and the packaged jar as real processes, as a user would. */
class PackagedCliIT {

    @TempDir
    Path dir;

    private Path launcher;

    @BeforeEach
    void findLauncher() {
        Path jar = Path.of(System.getProperty("pcmops.cli.jar", "target/pcmops-cli.jar"));
        launcher = Path.of(System.getProperty("pcmops.launcher", "../bin/pcmops")).toAbsolutePath();
        boolean required = "true".equals(System.getenv("CI"));
        assumeTrue(required || Files.exists(jar), "the packaged jar is not built (-DskipShade=true)");
        assertThat(jar).exists();
    }

    @Test
    void run_onLocalProviderWithYes_runsOnThisMachineAndRecordsTheRun() throws Exception {
        Finished run = start("run", "--provider", "local", "--command", "uname -a", "--yes").await();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("SUCCEEDED", "Linux");
        assertThat(start("runs", "list", "--output", "json").await().out()).contains("\"total\" : 1");
    }

    @Test
    void run_interruptedWithCtrlC_cancelsTheRunAndExitsThree() throws Exception {
        Started started = start("run", "--provider", "local", "--command", "sleep 60", "--yes");
        started.awaitErr("started run", Duration.ofSeconds(30));
        new ProcessBuilder("kill", "-INT", Long.toString(started.process().pid())).start().waitFor();
        Finished run = started.await();
        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains("cancelling run");
        assertThat(run.out()).contains("CANCELLED");
    }

    @Test
    void run_withCommandBytesThatAreNotUtf8_refusesAndWritesNothing() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", "exec \"$0\" --data-dir \"$1\" run --provider local "
                + "--command \"$(printf 'touch ran\\377')\" --yes", launcher.toString(), dir.resolve("data").toString())
                .directory(dir.toFile());
        builder.environment().put("LC_ALL", "C.UTF-8");
        Finished run = new Started(withoutArchives(builder).start(), dir).await();
        assertThat(run.exitCode()).as(run.out()).isEqualTo(2);
        assertThat(run.err()).contains("--command", "character 10 is not text", "U+FFFD", "nothing was run");
        assertThat(dir.resolve("data")).doesNotExist();
        assertThat(dir.resolve("ran")).doesNotExist();
    }

    @Test
    void launcher_withEmptyDataDirectory_exitsTwoAndLeavesTheCurrentDirectoryEmpty() throws Exception {
        Path cwd = Files.createDirectories(dir.resolve("cwd"));
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "--data-dir", "", "runs", "list")
                .directory(cwd.toFile());
        Finished run = new Started(withoutArchives(builder).start(), dir).await();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("the data directory is empty");
        try (var left = Files.list(cwd)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void launcher_trainsItsStartupArchivesInTheBackgroundAndStartsFromThem() throws Exception {
        Path cache = dir.resolve("archives");
        Finished first = archived(cache, "--help").await();
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Usage: pcmops");
        awaitTraining(cache, Duration.ofMinutes(3));
        try (var files = Files.list(cache)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .allMatch(name -> name.endsWith(".aot") || name.endsWith(".jsa")).isNotEmpty();
        }
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"--data-dir",
                dir.resolve("data").toString(), "runs", "list"})) {
            ProcessBuilder builder = archived(cache, args).builder();
            builder.environment().put("PCMOPS_JAVA_OPTS", "-Xlog:class+load:file=" + dir.resolve("classes.log"));
            assertThat(new Started(builder.start(), dir).await().exitCode()).isZero();
            assertThat(Files.readString(dir.resolve("classes.log")))
                    .containsPattern("io\\.pcmops\\.cli\\.PcmopsCli source: (shared objects file|AOT cache)")
                    .containsPattern("picocli\\.CommandLine source: (shared objects file|AOT cache)");
        }
    }

    @Test
    void launcher_withoutJar_saysHowToBuildIt() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "--help");
        builder.environment().put("PCMOPS_CLI_JAR", dir.resolve("missing.jar").toString());
        Finished run = new Started(builder.start(), dir).await();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("not built yet", "mvn -B -ntp -pl adapter-cli -am package");
    }

    private Started start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "--data-dir",
                dir.resolve("data").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(
                new java.io.File("/dev/null")));
        return new Started(withoutArchives(builder).start(), dir);
    }

    /** The start-up archives are trained by one test of their own; the others run without them. */
    private ProcessBuilder withoutArchives(ProcessBuilder builder) {
        builder.environment().put("PCMOPS_CACHE_DIR", dir.resolve("cache").toString());
        builder.environment().put("PCMOPS_CDS", "off");
        return builder;
    }

    private Launch archived(Path cache, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(
                new java.io.File("/dev/null")));
        builder.environment().put("PCMOPS_CACHE_DIR", cache.toString());
        builder.environment().remove("PCMOPS_CDS");
        return new Launch(builder, dir);
    }

    /** Waits until no training is under way in the cache (the launcher's lock folder is gone). */
    private static void awaitTraining(Path cache, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (training(cache)) {
            assertThat(Instant.now()).as("the start-up training still runs after " + timeout).isBefore(deadline);
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    private static boolean training(Path cache) throws IOException {
        try (var files = Files.list(cache)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".training"));
        }
    }

    private record Launch(ProcessBuilder builder, Path dir) {
        Finished await() throws Exception {
            return new Started(builder.start(), dir).await();
        }
    }

    private record Started(Process process, Path dir) {
        Finished await() throws Exception {
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return new Finished(process.exitValue(), out, err);
        }

        void awaitErr(String text, Duration timeout) throws Exception {
            Instant deadline = Instant.now().plus(timeout);
            StringBuilder seen = new StringBuilder();
            var err = process.getErrorStream();
            while (!seen.toString().contains(text) && Instant.now().isBefore(deadline)) {
                int next = err.read();
                if (next < 0) {
                    break;
                }
                seen.append((char) next);
            }
            assertThat(seen.toString()).contains(text);
        }
    }

    private record Finished(int exitCode, String out, String err) {
    }
}
