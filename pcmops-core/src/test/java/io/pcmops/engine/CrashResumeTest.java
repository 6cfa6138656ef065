package io.pcmops.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.Pcmops;
import io.pcmops.model.InvocationState;
import io.pcmops.model.Run;
import io.pcmops.model.RunStatus;
import io.pcmops.stub.StubProvider;
import io.pcmops.testkit.ChildJvm;
import io.pcmops.testkit.Runs;
import io.pcmops.testkit.TestLibraries;
import io.pcmops.testkit.Waits;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashResumeTest {

    static final Duration LEASE = Duration.ofSeconds(2);
    static final int TARGETS = 20;

    @TempDir
    Path dir;

    static StubProvider stub(Path journal) {
        return StubProvider.builder().targets(TARGETS).accounts(2).latency(Duration.ofMillis(1500))
                .maxUnitSize(5).journal(journal).build();
    }

    @Test
    void killedOwner_runIsResumedAfterItsLeaseAndEveryUnitIsSentOnce() throws Exception {
        Path journal = dir.resolve("journal.txt");
        String runId;
        try (ChildJvm victim = ChildJvm.start(CrashVictim.class, dir.resolve("data").toString(), journal.toString())) {
            runId = victim.awaitLine("RUN ").substring(4).trim();
            Waits.until(() -> lines(journal) >= 2);
        }
        StubProvider heir = stub(journal);
        try (Pcmops pcm = TestLibraries.builder(dir.resolve("data"), heir).lease(LEASE).build()) {
            Run done = Runs.finish(pcm, pcm.runs().get(runId));
            assertThat(done.status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(done.count(InvocationState.SUCCESS)).isEqualTo(TARGETS);
            List<String> units = heir.journalledUnits();
            assertThat(units).doesNotHaveDuplicates();
            assertThat(units.stream().map(u -> u.split(":")[1]).distinct()).hasSameSizeAs(units);
            assertThat(units.stream().mapToInt(u -> Integer.parseInt(u.split(":")[2])).sum()).isEqualTo(TARGETS);
        }
    }

    @Test
    void liveOwner_isNotTakenOverBySecondEngine() throws Exception {
        Path journal = dir.resolve("journal.txt");
        StubProvider owner = stub(journal);
        StubProvider rival = stub(journal);
        try (Pcmops first = TestLibraries.builder(dir, owner).lease(Duration.ofSeconds(1)).build();
             Pcmops second = TestLibraries.builder(dir, rival).lease(Duration.ofSeconds(1)).build()) {
            Run run = Runs.start(first, StubProvider.ID, "sleep", Runs.options("5", "0"));
            String ownerBefore = owner(run.id());
            Run done = Runs.finish(first, run);
            assertThat(done.status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(rival.stats().unitsSent()).isEmpty();
            assertThat(owner(run.id())).isEqualTo(ownerBefore);
            assertThat(owner.journalledUnits()).doesNotHaveDuplicates();
            assertThat(owner.journalledUnits().stream().mapToInt(u -> Integer.parseInt(u.split(":")[2])).sum())
                    .isEqualTo(TARGETS);
        }
    }

    private static long lines(Path file) {
        try {
            return java.nio.file.Files.exists(file) ? java.nio.file.Files.readAllLines(file).size() : 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private String owner(String runId) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("pcmops.db"));
             ResultSet row = c.createStatement().executeQuery("SELECT owner FROM runs WHERE id = '" + runId + "'")) {
            return row.next() ? row.getString(1) : null;
        }
    }
}
