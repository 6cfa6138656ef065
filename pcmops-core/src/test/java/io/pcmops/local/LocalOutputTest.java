package io.pcmops.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.Pcmops;
import io.pcmops.internal.local.LocalProvider;
import io.pcmops.model.Invocation;
import io.pcmops.model.InvocationOutput;
import io.pcmops.model.InvocationState;
import io.pcmops.model.Run;
import io.pcmops.model.RunOptions;
import io.pcmops.testkit.Runs;
import io.pcmops.testkit.TestLibraries;
import io.pcmops.testkit.Waits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the local provider keeps on disk: output capped while the script runs, nothing once results are stored. */
class LocalOutputTest {

    private static final int CAP = 1024 * 1024;
    private static final long WRITTEN = 20_000_000;

    @TempDir
    Path dir;

    @Test
    void hugeOutput_isCappedOnDiskWhileTheScriptRuns_andItsRealSizeIsReported() throws Exception {
        Path written = dir.resolve("written");
        Path go = dir.resolve("go");
        try (Pcmops pcm = TestLibraries.open(dir.resolve("data"), new LocalProvider())) {
            pcm.settings().put("local", "maxOutputBytes", Integer.toString(CAP));
            Run run = Runs.start(pcm, "local", "head -c " + WRITTEN + " /dev/zero | tr '\\0' x; touch " + written
                    + "; while [ ! -e " + go + " ]; do sleep 0.05; done", RunOptions.defaults());
            Waits.until(() -> Files.exists(written));

            assertThat(bytesUnder(dir.resolve("data/providers/local"))).isLessThan(CAP + 64 * 1024);
            Files.createFile(go);

            Run done = Runs.finish(pcm, run);
            Invocation invocation = Runs.invocations(pcm, done.id()).get(0);
            assertThat(invocation.state()).isEqualTo(InvocationState.SUCCESS);
            assertThat(invocation.stdoutTruncated()).isTrue();
            assertThat(invocation.stdoutBytes()).isEqualTo(WRITTEN);
            InvocationOutput output = pcm.runs().output(done.id(), invocation.target().targetId());
            assertThat(output.stdout().text()).hasSize(CAP).matches("x+");
        }
    }

    @Test
    void finishedUnit_leavesNoFilesOnceItsResultsAreStored() throws Exception {
        try (Pcmops pcm = TestLibraries.open(dir.resolve("data"), new LocalProvider())) {
            Run done = Runs.finish(pcm, Runs.start(pcm, "local", "pwd; echo kept > kept.txt", RunOptions.defaults()));
            Invocation invocation = Runs.invocations(pcm, done.id()).get(0);
            Path workDirectory = Path.of(invocation.stdout().trim()).getParent();

            assertThat(workDirectory.startsWith(dir.resolve("data"))).as("working directory outside the data "
                    + "directory").isFalse();
            Waits.until(() -> !Files.exists(dir.resolve("data/providers/local/runs").resolve(done.id())));
            Waits.until(() -> !Files.exists(workDirectory));
        }
    }

    @Test
    void quickScripts_neverEndBeforeTheyStart() {
        try (Pcmops pcm = TestLibraries.open(dir.resolve("data"), new LocalProvider())) {
            for (int i = 0; i < 5; i++) {
                Run done = Runs.finish(pcm, Runs.start(pcm, "local", "true", RunOptions.defaults()));
                Invocation invocation = Runs.invocations(pcm, done.id()).get(0);
                assertThat(invocation.endedAt()).isAfterOrEqualTo(invocation.startedAt());
            }
        }
    }

    private static long bytesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }
}
