package io.pcmops.testkit;

import io.pcmops.internal.store.Database;
import io.pcmops.internal.store.NewRun;
import io.pcmops.internal.store.SqliteRunWriter;
import io.pcmops.internal.store.StoredUpdate;
import io.pcmops.model.InvocationState;
import io.pcmops.model.OutputText;
import io.pcmops.model.RunOptions;
import io.pcmops.model.ScriptLanguage;
import io.pcmops.model.TargetRef;
import io.pcmops.spi.PreparedScript;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Writes runs and results straight into a store file the way the engine does (a run with its targets in one
 * transaction, results in batches), for store benchmarks outside core that must not use core's internals.
 */
public final class StoreWriter implements AutoCloseable {

    private final Database database;
    private final SqliteRunWriter writer;

    private StoreWriter(Database database) {
        this.database = database;
        this.writer = new SqliteRunWriter(database);
    }

    /** Opens (creating and migrating) the store file. */
    public static StoreWriter open(Path file) {
        return new StoreWriter(Database.open(file));
    }

    /** Stores a pending run of {@code uname -a} on the targets, in one transaction. */
    public void createRun(String runId, List<TargetRef> targets) {
        PreparedScript script = new PreparedScript(ScriptLanguage.SHELL, "uname -a", Map.of(), "0".repeat(64));
        writer.create(new NewRun(runId, "stub", "p-" + runId, null, Instant.now(), "bench", null, script, null,
                RunOptions.defaults(), "e-bench", Instant.now().plusSeconds(600), targets, Map.of(), null));
    }

    /** Stores one batch of finished results in one transaction. */
    public void writeResults(String runId, List<Result> results) {
        writer.apply(runId, results.stream().map(r -> new StoredUpdate(r.seq(), r.state(), null, r.exitCode(),
                OutputText.of(r.stdout()), OutputText.empty(), r.at(), r.at())).toList());
    }

    @Override
    public void close() {
        database.close();
    }

    /**
     * A finished result of one target.
     *
     * @param seq      the target's position in the run, from 0
     * @param state    its final state
     * @param exitCode its exit code
     * @param stdout   its standard output
     * @param at       when it started and ended
     */
    public record Result(int seq, InvocationState state, int exitCode, String stdout, Instant at) {
    }
}
