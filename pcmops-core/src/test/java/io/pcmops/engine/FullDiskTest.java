package io.pcmops.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.Pcmops;
import io.pcmops.StoreUnavailableException;
import io.pcmops.model.Invocation;
import io.pcmops.model.InvocationState;
import io.pcmops.model.Run;
import io.pcmops.model.RunEvent;
import io.pcmops.model.RunStatus;
import io.pcmops.stub.StubProvider;
import io.pcmops.testkit.Runs;
import io.pcmops.testkit.SmallFilesystem;
import io.pcmops.testkit.TestLibraries;
import io.pcmops.testkit.Waits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory on a real file system that fills up while a run is in flight (a small tmpfs): watchers are told
 * at once instead of waiting forever, the library reports its store as failing while writes fail, and once there is
 * space again the run resumes and stores every result its provider kept.
 */
class FullDiskTest {

    private static final int TARGETS = 4;

    @TempDir
    Path dir;

    @Test
    void resultsThatCannotBeStored_failTheWatchers_andAreAllStoredOnceThereIsSpace() throws Exception {
        try (SmallFilesystem disk = SmallFilesystem.mount(dir.resolve("disk"), 16)) {
            StubProvider stub = StubProvider.builder().targets(TARGETS).latency(Duration.ofSeconds(2))
                    .journal(dir.resolve("journal.txt")).build();
            try (Pcmops pcm = TestLibraries.builder(disk.root().resolve("data"), stub).lease(Duration.ofSeconds(2))
                    .build()) {
                Run run = Runs.start(pcm, StubProvider.ID, "x", Runs.options("4", "0"));
                List<RunEvent> events = new CopyOnWriteArrayList<>();
                pcm.runs().watch(run.id(), events::add);
                CompletableFuture<Run> completion = pcm.runs().completion(run.id());
                Waits.until(() -> stub.stats().running() == TARGETS);

                Path filler = disk.fill();

                assertThat(completion).failsWithin(Duration.ofSeconds(60)).withThrowableOfType(ExecutionException.class)
                        .withCauseInstanceOf(StoreUnavailableException.class).withMessageContaining("is full");
                Waits.until(() -> events.stream().anyMatch(event -> event.storeProblem() != null));
                assertThat(pcm.storeProblem()).get().asString().contains("SQLITE_FULL");
                assertThat(pcm.runs().get(run.id()).status()).isEqualTo(RunStatus.RUNNING);

                Files.delete(filler);
                Waits.until(() -> pcm.storeProblem().isEmpty());
                Run done = Runs.finish(pcm, run);

                assertThat(done.status()).isEqualTo(RunStatus.SUCCEEDED);
                assertThat(Runs.invocations(pcm, run.id())).extracting(Invocation::state)
                        .containsOnly(InvocationState.SUCCESS);
                assertThat(Runs.invocations(pcm, run.id())).extracting(Invocation::stdout).containsOnly("ok\n");
                assertThat(stub.journalledUnits()).doesNotHaveDuplicates()
                        .extracting(unit -> Integer.parseInt(unit.split(":")[2])).containsOnly(2).hasSize(2);
            }
        }
    }
}
