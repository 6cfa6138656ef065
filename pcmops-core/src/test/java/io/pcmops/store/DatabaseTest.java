package io.pcmops.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.PersistenceException;
import io.pcmops.internal.store.Database;
import io.pcmops.internal.store.Sql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void open_onEmptyDirectory_migratesTheSchemaInWalMode() {
        try (Database database = Database.open(dir.resolve("pcmops.db"))) {
            List<String> tables = database.read(c -> Sql.list(c, "SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "ORDER BY name", row -> row.getString(1)));
            assertThat(tables).contains("runs", "invocations", "outputs", "units", "scripts", "plans", "accounts",
                    "credential_roots", "secrets", "audit_events", "users", "api_tokens", "sessions",
                    "flyway_schema_history");
            String journalMode = database.read(c -> Sql.one(c, "PRAGMA journal_mode", row -> row.getString(1)))
                    .orElseThrow();
            long synchronous = database.read(c -> Sql.count(c, "PRAGMA synchronous"));
            assertThat(journalMode).isEqualTo("wal");
            assertThat(synchronous).isEqualTo(1);
        }
    }

    @Test
    void open_twice_isANoOpForMigrations() {
        long first;
        try (Database database = Database.open(dir.resolve("pcmops.db"))) {
            first = applied(database);
        }
        try (Database database = Database.open(dir.resolve("pcmops.db"))) {
            assertThat(applied(database)).isEqualTo(first).isPositive();
        }
    }

    @Test
    void open_ofEmptyStoreFile_refusesInsteadOfStartingAnEmptyStore() throws Exception {
        Path file = Files.createFile(dir.resolve("pcmops.db"));

        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(PersistenceException.class)
                .hasMessageContaining("empty file (0 bytes)").hasMessageContaining("backup");
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void open_ofMissingFile_createsItWholeWithNoDraftLeftBehind() throws Exception {
        try (Database database = Database.open(dir.resolve("pcmops.db"))) {
            assertThat(applied(database)).isPositive();
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(name -> name.startsWith("pcmops.db"));
        }
    }

    private static long applied(Database database) {
        return database.read(c -> Sql.count(c, "SELECT count(*) FROM flyway_schema_history WHERE success = 1"));
    }

    @Test
    void open_createsIndexesOnWhatIsQueried() {
        try (Database database = Database.open(dir.resolve("pcmops.db"))) {
            List<String> indexes = database.read(c -> Sql.list(c, "SELECT name FROM sqlite_master WHERE type = 'index'",
                    row -> row.getString(1)));
            assertThat(indexes).contains("runs_status", "runs_change_ticket", "invocations_state",
                    "units_provider_ref");
        }
    }

    @Test
    void write_whenWorkFails_rollsBackEverything() {
        try (Database database = Database.open(dir.resolve("pcmops.db"))) {
            assertThatThrownBy(() -> database.write(c -> {
                Sql.update(c, "INSERT INTO provider_settings (provider, key, value, updated_at) VALUES ('p','k','v',0)");
                throw new IllegalStateException("boom");
            })).isInstanceOf(IllegalStateException.class);
            long rows = database.read(c -> Sql.count(c, "SELECT count(*) FROM provider_settings"));
            assertThat(rows).isZero();
        }
    }

    @Test
    void read_duringLongWrite_seesLastCommittedStateWithoutWaiting() throws Exception {
        try (Database database = Database.open(dir.resolve("pcmops.db"))) {
            CountDownLatch writing = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            Future<?> writer = pool.submit(() -> database.write(c -> {
                Sql.update(c, "INSERT INTO provider_settings (provider, key, value, updated_at) VALUES ('p','k','v',0)");
                writing.countDown();
                awaitQuietly(release);
                return null;
            }));
            writing.await();
            List<Future<Long>> readers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                readers.add(pool.submit(() -> database.read(c -> Sql.count(c, "SELECT count(*) FROM provider_settings"))));
            }
            for (Future<Long> reader : readers) {
                assertThat(reader.get(5, TimeUnit.SECONDS)).isZero();
            }
            release.countDown();
            writer.get(5, TimeUnit.SECONDS);
            long rows = database.read(c -> Sql.count(c, "SELECT count(*) FROM provider_settings"));
            assertThat(rows).isEqualTo(1);
            pool.shutdown();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void open_onUnwritablePath_failsWithPersistenceException() {
        assertThatThrownBy(() -> Database.open(Path.of("/proc/no-such-dir/pcmops.db")))
                .isInstanceOf(PersistenceException.class).hasMessageContaining("cannot open the store");
    }
}
