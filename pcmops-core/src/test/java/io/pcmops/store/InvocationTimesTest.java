package io.pcmops.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.internal.store.Database;
import io.pcmops.internal.store.NewRun;
import io.pcmops.internal.store.RunWriter.LostOwnershipException;
import io.pcmops.internal.store.Sql;
import io.pcmops.internal.store.SqliteRunWriter;
import io.pcmops.internal.store.StoredUpdate;
import io.pcmops.model.InvocationState;
import io.pcmops.model.OutputText;
import io.pcmops.model.Platform;
import io.pcmops.model.RunOptions;
import io.pcmops.model.ScriptLanguage;
import io.pcmops.model.TargetRef;
import io.pcmops.spi.PreparedScript;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the engine's writes keep true in the store whatever the providers report. */
class InvocationTimesTest {

    @TempDir
    Path dir;

    @Test
    void endTimeBeforeTheStartTime_isStoredAsTheStartTime() {
        try (Database database = Database.open(dir.resolve("pcmops.db"))) {
            SqliteRunWriter writer = new SqliteRunWriter(database);
            writer.create(run());
            Instant started = Instant.parse("2026-01-01T01:37:11.920Z");
            writer.apply("r-1", "e-1", List.of(new StoredUpdate(0, InvocationState.IN_PROGRESS, null, null, null,
                    null, started, null)));

            writer.apply("r-1", "e-1", List.of(new StoredUpdate(0, InvocationState.SUCCESS, null, 0,
                    OutputText.of("ok\n"), OutputText.empty(), started, started.minusMillis(2))));

            long[] times = database.read(c -> Sql.one(c, "SELECT started_at, ended_at FROM invocations", row ->
                    new long[] {row.getLong(1), row.getLong(2)})).orElseThrow();
            assertThat(times[1]).isEqualTo(times[0]).isEqualTo(started.toEpochMilli());
        }
    }

    @Test
    void writesOfAnEngineThatNoLongerOwnsTheRun_areRefused() {
        try (Database database = Database.open(dir.resolve("pcmops.db"))) {
            SqliteRunWriter writer = new SqliteRunWriter(database);
            writer.create(run());
            Instant now = Instant.now();
            assertThat(writer.claim("r-1", "e-2", now.plusSeconds(30), now.plusSeconds(600))).isTrue();

            assertThatThrownBy(() -> writer.apply("r-1", "e-1", List.of(StoredUpdate.settle(0,
                    InvocationState.NOT_EXECUTED, "stale", now)))).isInstanceOf(LostOwnershipException.class);
            String state = database.read(c -> Sql.one(c, "SELECT state FROM invocations", row -> row.getString(1)))
                    .orElseThrow();
            assertThat(state).isEqualTo("PENDING");
        }
    }

    private static NewRun run() {
        TargetRef target = new TargetRef("stub", "stub", "100000000001", "us-east-1", "stub-000001", "node-1",
                Platform.LINUX);
        PreparedScript script = new PreparedScript(ScriptLanguage.SHELL, "true", Map.of(), "0".repeat(64));
        return new NewRun("r-1", "stub", "p-1", null, Instant.now(), "tester", null, script, null,
                RunOptions.defaults(), "e-1", Instant.now().plusSeconds(30), List.of(target), Map.of(), null);
    }
}
