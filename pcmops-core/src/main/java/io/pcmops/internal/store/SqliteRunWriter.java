package io.pcmops.internal.store;

import io.pcmops.internal.json.Json;
import io.pcmops.model.InvocationState;
import io.pcmops.model.RunStatus;
import io.pcmops.model.TargetRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.inject.Inject;

/** {@link RunWriter} on SQLite: one transaction per call. */
public final class SqliteRunWriter implements RunWriter {

    private static final String UNFINISHED = "('PENDING','RUNNING','CANCELLING')";

    private final Database database;
    private final InvocationUpdater updater = new InvocationUpdater();

    @Inject
    public SqliteRunWriter(Database database) {
        this.database = database;
    }

    @Override
    public void create(NewRun run) {
        database.write(c -> {
            Sql.update(c, "INSERT INTO runs (id, status, provider, plan_id, retry_of, created_at, requested_by, "
                            + "change_ticket, script_language, script_body, script_hash, script_name, parameters, "
                            + "options, target_count, owner, lease_expires_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    run.id(), RunStatus.PENDING, run.provider(), run.planId(), run.retryOf(), run.createdAt(),
                    run.requestedBy(), run.changeTicket(), run.script().language().id(), run.script().body(),
                    run.script().hash(), run.scriptName(), Json.write(run.script().parameters()),
                    Json.write(run.options()), run.targets().size(), run.owner(), run.leaseUntil());
            if (run.sealedSecrets() != null) {
                Sql.update(c, "INSERT INTO run_secrets (run_id, names, sealed) VALUES (?,?,?)", run.id(),
                        Json.write(run.script().secrets().names()), run.sealedSecrets());
            }
            insertInvocations(c, run);
            return null;
        });
    }

    @Override
    public List<InvocationRecord> invocationRecords(String runId) {
        return database.read(c -> Sql.list(c, "SELECT * FROM invocations WHERE run_id = ? ORDER BY seq",
                row -> new InvocationRecord(row.getInt("seq"), RunRows.target(row),
                        InvocationState.valueOf(row.getString("state")), Sql.integer(row, "unit_id")), runId));
    }

    @Override
    public List<UnitRecord> units(String runId) {
        return database.read(c -> Sql.list(c, "SELECT * FROM units WHERE run_id = ? ORDER BY unit_id",
                row -> new UnitRecord(row.getInt("unit_id"), row.getString("unit_key"),
                        UnitRecord.State.valueOf(row.getString("state")), row.getString("provider_ref"),
                        row.getInt("max_concurrency"), row.getInt("max_errors"), Sql.instant(row, "created_at"),
                        Sql.instant(row, "dispatched_at")), runId));
    }

    @Override
    public List<String> orphans(Instant now) {
        return database.read(c -> Sql.list(c, "SELECT id FROM runs WHERE status IN " + UNFINISHED
                + " AND (lease_expires_at IS NULL OR lease_expires_at < ?) ORDER BY created_at", row -> row.getString(1),
                now));
    }

    @Override
    public boolean claim(String runId, String owner, Instant leaseUntil, Instant now) {
        return database.write(c -> Sql.update(c, "UPDATE runs SET owner = ?, lease_expires_at = ? WHERE id = ? AND "
                + "status IN " + UNFINISHED + " AND (lease_expires_at IS NULL OR lease_expires_at < ?)", owner,
                leaseUntil, runId, now) == 1);
    }

    @Override
    public boolean renewLease(String runId, String owner, Instant leaseUntil) {
        return database.write(c -> Sql.update(c, "UPDATE runs SET lease_expires_at = ? WHERE id = ? AND owner = ?",
                leaseUntil, runId, owner) == 1);
    }

    @Override
    public void releaseLease(String runId, String owner, Instant now) {
        database.write(c -> Sql.update(c, "UPDATE runs SET lease_expires_at = ? WHERE id = ? AND owner = ? AND "
                + "status IN " + UNFINISHED, now, runId, owner));
    }

    @Override
    public void markRunning(String runId, String owner, Instant at) {
        database.write(c -> Sql.update(c, "UPDATE runs SET status = CASE WHEN status = 'PENDING' THEN 'RUNNING' "
                + "ELSE status END, started_at = coalesce(started_at, ?) WHERE id = ? AND owner = ?", at, runId, owner));
    }

    @Override
    public int beginUnit(String runId, String owner, Instant leaseAtLeastUntil, String unitKey, List<Integer> seqs,
                         int maxConcurrency, int maxErrors, Instant now) {
        return database.write(c -> {
            if (Sql.count(c, "SELECT count(*) FROM runs WHERE id = ? AND owner = ? AND lease_expires_at >= ?", runId,
                    owner, leaseAtLeastUntil) == 0) {
                throw new LostOwnershipException(runId);
            }
            int unitId = (int) Sql.count(c, "SELECT next_unit_id FROM runs WHERE id = ?", runId);
            Sql.update(c, "UPDATE runs SET next_unit_id = next_unit_id + 1 WHERE id = ?", runId);
            Sql.update(c, "INSERT INTO units (run_id, unit_id, unit_key, state, max_concurrency, max_errors, "
                    + "created_at) VALUES (?,?,?,?,?,?,?)", runId, unitId, unitKey, UnitRecord.State.DISPATCHING,
                    maxConcurrency, maxErrors, now);
            assignUnit(c, runId, unitId, seqs);
            return unitId;
        });
    }

    @Override
    public long unitDispatched(String runId, int unitId, String providerRef, Instant at) {
        return database.write(c -> {
            Sql.update(c, "UPDATE units SET state = ?, provider_ref = ?, dispatched_at = ? WHERE run_id = ? AND "
                    + "unit_id = ?", UnitRecord.State.DISPATCHED, providerRef, at, runId, unitId);
            long sequence = nextEvent(c, runId);
            Sql.update(c, "UPDATE invocations SET state = 'DISPATCHED', change_seq = ? WHERE run_id = ? AND "
                    + "unit_id = ? AND state = 'PENDING'", sequence, runId, unitId);
            return sequence;
        });
    }

    @Override
    public void unitAbandoned(String runId, int unitId) {
        database.write(c -> {
            Sql.update(c, "UPDATE units SET state = ? WHERE run_id = ? AND unit_id = ?", UnitRecord.State.ABANDONED,
                    runId, unitId);
            return Sql.update(c, "UPDATE invocations SET unit_id = NULL WHERE run_id = ? AND unit_id = ? AND "
                    + "state = 'PENDING'", runId, unitId);
        });
    }

    @Override
    public void unitDone(String runId, int unitId) {
        database.write(c -> Sql.update(c, "UPDATE units SET state = ? WHERE run_id = ? AND unit_id = ?",
                UnitRecord.State.DONE, runId, unitId));
    }

    @Override
    public long apply(String runId, List<StoredUpdate> updates) {
        return database.write(c -> {
            long sequence = nextEvent(c, runId);
            updater.apply(c, runId, sequence, updates);
            return sequence;
        });
    }

    @Override
    public boolean requestCancel(String runId) {
        return database.write(c -> Sql.update(c, "UPDATE runs SET cancel_requested = 1, status = 'CANCELLING', "
                + "event_seq = event_seq + 1 WHERE id = ? AND status IN " + UNFINISHED, runId) == 1);
    }

    @Override
    public boolean cancelRequested(String runId) {
        return database.read(c -> Sql.count(c, "SELECT cancel_requested FROM runs WHERE id = ?", runId) == 1);
    }

    @Override
    public long finish(String runId, RunStatus status, Instant endedAt) {
        return database.write(c -> {
            long sequence = nextEvent(c, runId);
            Sql.update(c, "UPDATE runs SET status = ?, ended_at = ?, lease_expires_at = NULL WHERE id = ?", status,
                    endedAt, runId);
            return sequence;
        });
    }

    private static long nextEvent(Connection c, String runId) throws SQLException {
        Sql.update(c, "UPDATE runs SET event_seq = event_seq + 1 WHERE id = ?", runId);
        return Sql.count(c, "SELECT event_seq FROM runs WHERE id = ?", runId);
    }

    private static void assignUnit(Connection c, String runId, int unitId, List<Integer> seqs) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(
                "UPDATE invocations SET unit_id = ? WHERE run_id = ? AND seq = ? AND state = 'PENDING'")) {
            for (int seq : seqs) {
                Sql.bind(statement, unitId, runId, seq);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void insertInvocations(Connection c, NewRun run) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("INSERT INTO invocations (run_id, seq, provider, "
                + "partition, account, region, target_id, target_name, platform, state, reason, ended_at) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (int seq = 0; seq < run.targets().size(); seq++) {
                TargetRef t = run.targets().get(seq);
                NewRun.Settled settled = run.settled().get(seq);
                Sql.bind(statement, run.id(), seq, t.provider(), t.partition(), t.account(), t.region(), t.targetId(),
                        t.name(), t.platform().id(), settled == null ? InvocationState.PENDING : settled.state(),
                        settled == null ? null : settled.reason(), settled == null ? null : run.createdAt());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
