package io.pcmops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.cli.support.ExitCodes;
import io.pcmops.testkit.SmallFilesystem;
import io.pcmops.testkit.Waits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a data directory whose disk fills up (a small tmpfs), following a run ends at once with exit code 5. */
class FullDiskCommandTest {

    @TempDir
    Path dir;

    @Test
    void runAndRunsWatch_onAFullDisk_exitFiveWithAClearMessageInsteadOfWaitingForever() throws Exception {
        try (SmallFilesystem disk = SmallFilesystem.mount(dir.resolve("disk"), 16)) {
            Path journal = dir.resolve("journal.txt");
            CliHarness cli = new CliHarness(disk.root().resolve("data"));
            cli.run("providers", "set", "stub", "latencyMs=3000");
            cli.run("providers", "set", "stub", "journal=" + journal);
            CompletableFuture<CliHarness.Result> running = CompletableFuture.supplyAsync(() ->
                    cli.run("run", "--provider", "stub", "--command", "true", "--yes", "--accounts", "all"));
            Waits.until(() -> lines(journal) > 0);

            Path filler = disk.fill();

            CliHarness.Result run = running.get(60, TimeUnit.SECONDS);
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.STORE);
            assertThat(run.err()).contains("the store cannot be written", "is full", "pcmops runs watch r-")
                    .doesNotContain("Exception", "\tat ");
            String runId = Json.parse(cli.run("runs", "list", "--output", "json").out()).get("items").get(0)
                    .get("id").asText();
            CliHarness.Result watch = cli.run("runs", "watch", runId);
            assertThat(watch.exitCode()).as(watch.err()).isEqualTo(ExitCodes.STORE);
            assertThat(watch.err()).contains("is full");

            Files.delete(filler);
            Waits.until(Duration.ofSeconds(10), "the run shown once there is space",
                    () -> cli.run("runs", "show", runId).exitCode() == 0);
        }
    }

    private static long lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file).size() : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
