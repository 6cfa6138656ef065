package io.pcmops.internal.workflow.store;

import com.fasterxml.jackson.core.type.TypeReference;
import io.pcmops.internal.json.Json;
import io.pcmops.internal.store.Database;
import io.pcmops.internal.store.Sql;
import io.pcmops.model.RunOptions;
import io.pcmops.model.WorkflowRunStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Singleton;

/** The {@code workflow_runs} table: status, current step, ownership. Every change bumps the event sequence. */
@Singleton
public final class WorkflowRunStore {

    private static final TypeReference<Map<String, String>> PARAMETERS = new TypeReference<>() { };
    private static final String ACTIVE = "status IN ('RUNNING','CANCELLING')";

    private final Database database;

    @Inject
    public WorkflowRunStore(Database database) {
        this.database = database;
    }

    public void insert(WorkflowRunRow r) {
        database.write(c -> Sql.update(c, "INSERT INTO workflow_runs (id, workflow, version, source, status, "
                + "current_step, plan_id, provider, change_ticket, parameters, sealed_secrets, options, target_count, "
                + "requested_by, created_at, owner, lease_expires_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                r.id(), r.workflow(), r.version(), r.source(), r.status(), r.currentStep(), r.planId(), r.provider(),
                r.changeTicket(), Json.write(r.parameters()), r.sealedSecrets(), Json.write(r.options()),
                r.targetCount(),
                r.requestedBy(), r.createdAt(), r.owner(), r.leaseExpiresAt()));
    }

    public Optional<WorkflowRunRow> find(String id) {
        return database.read(c -> Sql.one(c, "SELECT * FROM workflow_runs WHERE id = ?", WorkflowRunStore::map, id));
    }

    public List<WorkflowRunRow> list(int offset, int limit) {
        return database.read(c -> Sql.list(c, "SELECT * FROM workflow_runs ORDER BY created_at DESC, id DESC "
                + "LIMIT ? OFFSET ?", WorkflowRunStore::map, limit, offset));
    }

    public long count() {
        return database.read(c -> Sql.count(c, "SELECT count(*) FROM workflow_runs"));
    }

    /** Takes ownership of an active run that has no live owner (or is already ours). */
    public boolean claim(String id, String owner, Instant until, Instant now) {
        return database.write(c -> Sql.update(c, "UPDATE workflow_runs SET owner = ?, lease_expires_at = ? "
                + "WHERE id = ? AND " + ACTIVE + " AND (owner IS NULL OR owner = ? OR lease_expires_at < ?)",
                owner, until, id, owner, now)) == 1;
    }

    /** Renews a lease; false when another engine owns the run now or it is no longer active. */
    public boolean renew(String id, String owner, Instant until) {
        return database.write(c -> Sql.update(c, "UPDATE workflow_runs SET lease_expires_at = ? WHERE id = ? "
                + "AND owner = ? AND " + ACTIVE, until, id, owner)) == 1;
    }

    public void release(String id, String owner) {
        database.write(c -> Sql.update(c, "UPDATE workflow_runs SET owner = NULL, lease_expires_at = NULL "
                + "WHERE id = ? AND owner = ?", id, owner));
    }

    /** Active runs whose owner is gone. */
    public List<String> orphans(Instant now) {
        return database.read(c -> Sql.list(c, "SELECT id FROM workflow_runs WHERE " + ACTIVE
                + " AND (owner IS NULL OR lease_expires_at < ?)", row -> row.getString(1), now));
    }

    public void moveTo(String id, int step) {
        database.write(c -> Sql.update(c, "UPDATE workflow_runs SET current_step = ?, event_seq = event_seq + 1 "
                + "WHERE id = ?", step, id));
    }

    /** Parks a run at a gate: nobody owns it until it is answered. */
    public void waitAtGate(String id, String message) {
        database.write(c -> Sql.update(c, "UPDATE workflow_runs SET status = 'WAITING', message = ?, owner = NULL, "
                + "lease_expires_at = NULL, event_seq = event_seq + 1 WHERE id = ? AND status = 'RUNNING'", message, id));
    }

    /** Moves a run that waits, or has finished with failures, back to running (an answer or a re-run). */
    public boolean reopen(String id, int step, String owner, Instant until) {
        return database.write(c -> Sql.update(c, "UPDATE workflow_runs SET status = 'RUNNING', message = NULL, "
                + "current_step = ?, ended_at = NULL, owner = ?, lease_expires_at = ?, event_seq = event_seq + 1 "
                + "WHERE id = ? AND status IN ('WAITING','SUCCEEDED','COMPLETED_WITH_FAILURES') "
                + "AND cancel_requested = 0", step, owner, until, id)) == 1;
    }

    public boolean requestCancel(String id) {
        return database.write(c -> Sql.update(c, "UPDATE workflow_runs SET cancel_requested = 1, "
                + "status = CASE status WHEN 'RUNNING' THEN 'CANCELLING' ELSE status END, event_seq = event_seq + 1 "
                + "WHERE id = ? AND status IN ('RUNNING','WAITING','CANCELLING')", id)) == 1;
    }

    /** Ends a run (once). */
    public boolean finish(String id, WorkflowRunStatus status, String message, Instant at) {
        return database.write(c -> Sql.update(c, "UPDATE workflow_runs SET status = ?, message = ?, ended_at = ?, "
                + "owner = NULL, lease_expires_at = NULL, event_seq = event_seq + 1 WHERE id = ? "
                + "AND status IN ('RUNNING','WAITING','CANCELLING')", status, message, at, id)) == 1;
    }

    /** Marks that something of the run changed (its results), for watchers. */
    public void touch(String id) {
        database.write(c -> Sql.update(c, "UPDATE workflow_runs SET event_seq = event_seq + 1 WHERE id = ?", id));
    }

    private static WorkflowRunRow map(ResultSet row) throws SQLException {
        return new WorkflowRunRow(row.getString("id"), row.getString("workflow"), row.getInt("version"),
                row.getString("source"), WorkflowRunStatus.valueOf(row.getString("status")),
                row.getInt("current_step"), row.getString("message"), row.getString("plan_id"),
                row.getString("provider"), row.getString("change_ticket"),
                Json.read(row.getString("parameters"), PARAMETERS), row.getBytes("sealed_secrets"),
                Json.read(row.getString("options"),
                RunOptions.class), row.getInt("target_count"), row.getString("requested_by"),
                Sql.instant(row, "created_at"), Sql.instant(row, "ended_at"), row.getString("owner"),
                Sql.instant(row, "lease_expires_at"), Sql.flag(row, "cancel_requested"), row.getLong("event_seq"));
    }
}
