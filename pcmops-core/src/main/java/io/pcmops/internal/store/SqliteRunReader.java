package io.pcmops.internal.store;

import io.pcmops.model.Invocation;
import io.pcmops.model.InvocationOutput;
import io.pcmops.model.InvocationQuery;
import io.pcmops.model.InvocationState;
import io.pcmops.model.OutputGroup;
import io.pcmops.model.Page;
import io.pcmops.model.Run;
import io.pcmops.model.RunEvent;
import io.pcmops.model.RunQuery;
import io.pcmops.model.RunStatistics;
import io.pcmops.model.RunStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javax.inject.Inject;

/** {@link RunReader} on SQLite. */
public final class SqliteRunReader implements RunReader {

    private static final String INVOCATION_SELECT = "SELECT i.*, o.stdout AS out_text, o.stderr AS err_text, "
            + "u.provider_ref AS unit_ref FROM invocations i "
            + "LEFT JOIN outputs o ON o.run_id = i.run_id AND o.seq = i.seq "
            + "LEFT JOIN units u ON u.run_id = i.run_id AND u.unit_id = i.unit_id ";

    private final Database database;
    private final UnaryOperator<RunRecord> secrets;

    /** A reader whose runs carry their secret parameters withheld (names only). */
    @Inject
    public SqliteRunReader(Database database) {
        this(database, UnaryOperator.identity());
    }

    /**
     * A reader whose runs pass through {@code secrets} first: the engine's, which opens their secret parameters.
     *
     * @param secrets turns a run as stored into the run the caller gets
     */
    public SqliteRunReader(Database database, UnaryOperator<RunRecord> secrets) {
        this.database = database;
        this.secrets = secrets;
    }

    @Override
    public Optional<RunRecord> find(String runId) {
        return database.read(c -> {
            Map<InvocationState, Integer> counts = counts(c, runId);
            return Sql.one(c, "SELECT r.*, s.names AS secret_names, s.sealed AS secret_sealed FROM runs r "
                    + "LEFT JOIN run_secrets s ON s.run_id = r.id WHERE r.id = ?", row -> RunRows.record(row, counts),
                    runId);
        }).map(secrets);
    }

    @Override
    public Page<Run> list(RunQuery query) {
        RunFilter filter = RunFilter.of(query);
        return database.read(c -> {
            long total = Sql.count(c, "SELECT count(*) FROM runs" + filter.where(), filter.args());
            List<Object> args = new ArrayList<>(List.of(filter.args()));
            args.add(query.page().limit());
            args.add(query.page().offset());
            List<String> ids = Sql.list(c, "SELECT id FROM runs" + filter.where()
                    + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?", row -> row.getString(1), args.toArray());
            List<Run> runs = new ArrayList<>();
            for (String id : ids) {
                Map<InvocationState, Integer> counts = counts(c, id);
                runs.add(Sql.one(c, "SELECT * FROM runs WHERE id = ?", row -> RunRows.run(row, counts), id)
                        .orElseThrow());
            }
            return new Page<>(runs, total, query.page().offset(), query.page().limit());
        });
    }

    @Override
    public RunStatistics statistics() {
        return database.read(c -> {
            Map<RunStatus, Long> runs = new EnumMap<>(RunStatus.class);
            for (RunStatus status : RunStatus.values()) {
                runs.put(status, 0L);
            }
            Sql.list(c, "SELECT status, count(*) FROM runs GROUP BY status",
                    row -> runs.put(RunStatus.valueOf(row.getString(1)), row.getLong(2)));
            Map<InvocationState, Long> invocations = new EnumMap<>(InvocationState.class);
            for (InvocationState state : InvocationState.values()) {
                invocations.put(state, 0L);
            }
            Sql.list(c, "SELECT state, count(*) FROM invocations GROUP BY state",
                    row -> invocations.put(InvocationState.valueOf(row.getString(1)), row.getLong(2)));
            return new RunStatistics(runs, invocations);
        });
    }

    @Override
    public Page<Invocation> invocations(String runId, InvocationQuery query, int previewBytes) {
        InvocationFilter filter = InvocationFilter.of(runId, query);
        return database.read(c -> {
            long total = Sql.count(c, "SELECT count(*) FROM invocations i" + filter.where(), filter.args());
            List<Object> args = new ArrayList<>(List.of(filter.args()));
            args.add(query.page().limit());
            args.add(query.page().offset());
            String page = "(SELECT * FROM invocations i" + filter.where() + " ORDER BY i.seq LIMIT ? OFFSET ?) i ";
            List<Invocation> items = Sql.list(c, INVOCATION_SELECT.replace("o.stdout AS", "substr(o.stdout, 1, "
                            + previewBytes + ") AS").replace("o.stderr AS", "substr(o.stderr, 1, " + previewBytes
                            + ") AS").replace("FROM invocations i ", "FROM " + page) + "ORDER BY i.seq",
                    row -> InvocationRows.invocation(row, previewBytes), args.toArray());
            return new Page<>(items, total, query.page().offset(), query.page().limit());
        });
    }

    @Override
    public Optional<InvocationOutput> output(String runId, String targetId) {
        return database.read(c -> Sql.one(c, INVOCATION_SELECT + "WHERE i.run_id = ? AND i.target_id = ?",
                row -> new InvocationOutput(RunRows.target(row), InvocationState.valueOf(row.getString("state")),
                        Sql.integer(row, "exit_code"), InvocationRows.output(row, "out_text", "stdout"),
                        InvocationRows.output(row, "err_text", "stderr")), runId, targetId));
    }

    @Override
    public List<OutputGroup> outputGroups(String runId, int previewBytes, int sampleSize) {
        return database.read(c -> new OutputGrouping(c, runId, previewBytes, sampleSize).groups());
    }

    @Override
    public void forEachInvocation(String runId, Consumer<Invocation> consumer) {
        database.read(c -> {
            try (PreparedStatement statement = c.prepareStatement(INVOCATION_SELECT
                    + "WHERE i.run_id = ? ORDER BY i.seq")) {
                Sql.bind(statement, runId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        consumer.accept(InvocationRows.invocation(rows, Integer.MAX_VALUE));
                    }
                }
            }
            return null;
        });
    }

    @Override
    public Optional<RunSnapshot> snapshot(String runId) {
        return database.read(c -> {
            Map<InvocationState, Integer> counts = counts(c, runId);
            return Sql.one(c, "SELECT status, event_seq FROM runs WHERE id = ?", row -> new RunSnapshot(
                    RunStatus.valueOf(row.getString(1)), row.getLong(2), counts), runId);
        });
    }

    @Override
    public List<RunEvent.Change> changesSince(String runId, long eventSequence) {
        return database.read(c -> Sql.list(c, "SELECT * FROM invocations WHERE run_id = ? AND change_seq > ? "
                + "ORDER BY seq", row -> new RunEvent.Change(RunRows.target(row),
                InvocationState.valueOf(row.getString("state")), row.getString("reason"),
                Sql.integer(row, "exit_code")), runId, eventSequence));
    }

    static Map<InvocationState, Integer> counts(Connection c, String runId) throws SQLException {
        Map<InvocationState, Integer> counts = new EnumMap<>(InvocationState.class);
        Sql.list(c, "SELECT state, count(*) FROM invocations WHERE run_id = ? GROUP BY state",
                row -> counts.put(InvocationState.valueOf(row.getString(1)), row.getInt(2)), runId);
        return RunRows.complete(counts);
    }
}
