package io.pcmops.internal.store;

import io.pcmops.internal.util.Hashing;
import io.pcmops.model.OutputText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a batch of invocation changes with two batched statements. A final state is never replaced; output is
 * stored only for changes that were applied; an end time is never stored earlier than the start time (providers
 * may read the two from clocks of different precision).
 */
final class InvocationUpdater {

    private static final String UPDATE = "UPDATE invocations SET state = ?, reason = coalesce(?, reason), "
            + "exit_code = coalesce(?, exit_code), started_at = coalesce(started_at, ?), "
            + "ended_at = CASE WHEN ? IS NULL THEN ended_at ELSE max(?, coalesce(started_at, ?, ?)) END, "
            + "stdout_truncated = coalesce(?, stdout_truncated), "
            + "stderr_truncated = coalesce(?, stderr_truncated), stdout_bytes = coalesce(?, stdout_bytes), "
            + "stderr_bytes = coalesce(?, stderr_bytes), output_hash = coalesce(?, output_hash), change_seq = ? "
            + "WHERE run_id = ? AND seq = ? AND state NOT IN ('SUCCESS','FAILED','TIMED_OUT_DELIVERY',"
            + "'TIMED_OUT_EXECUTION','CANCELLED','UNDELIVERABLE','NOT_EXECUTED')";
    private static final String OUTPUT = "INSERT INTO outputs (run_id, seq, stdout, stderr) VALUES (?,?,?,?) "
            + "ON CONFLICT (run_id, seq) DO UPDATE SET stdout = excluded.stdout, stderr = excluded.stderr";

    void apply(Connection c, String runId, long sequence, List<StoredUpdate> updates) throws SQLException {
        int[] applied;
        try (PreparedStatement statement = c.prepareStatement(UPDATE)) {
            for (StoredUpdate u : updates) {
                bindUpdate(statement, runId, sequence, u);
                statement.addBatch();
            }
            applied = statement.executeBatch();
        }
        List<StoredUpdate> withOutput = new ArrayList<>();
        for (int i = 0; i < updates.size(); i++) {
            if (applied[i] > 0 && hasOutput(updates.get(i))) {
                withOutput.add(updates.get(i));
            }
        }
        storeOutputs(c, runId, withOutput);
    }

    private static void bindUpdate(PreparedStatement statement, String runId, long sequence, StoredUpdate u)
            throws SQLException {
        OutputText out = u.stdout();
        OutputText err = u.stderr();
        boolean output = hasOutput(u);
        Sql.bind(statement, u.state(), u.reason(), u.exitCode(), u.startedAt(), u.endedAt(), u.endedAt(),
                u.startedAt(), u.endedAt(),
                out == null ? null : out.truncated(), err == null ? null : err.truncated(),
                out == null ? null : out.bytes(), err == null ? null : err.bytes(),
                output ? outputHash(out, err) : null, sequence, runId, u.seq());
    }

    private static void storeOutputs(Connection c, String runId, List<StoredUpdate> updates) throws SQLException {
        if (updates.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = c.prepareStatement(OUTPUT)) {
            for (StoredUpdate u : updates) {
                Sql.bind(statement, runId, u.seq(), text(u.stdout()), text(u.stderr()));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static boolean hasOutput(StoredUpdate update) {
        return update.stdout() != null || update.stderr() != null;
    }

    private static String text(OutputText output) {
        return output == null ? "" : output.text();
    }

    private static String outputHash(OutputText out, OutputText err) {
        return Hashing.sha256(text(out) + "\u0000" + text(err));
    }
}
