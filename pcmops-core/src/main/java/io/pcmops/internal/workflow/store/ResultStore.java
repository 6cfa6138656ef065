package io.pcmops.internal.workflow.store;

import com.fasterxml.jackson.core.type.TypeReference;
import io.pcmops.internal.json.Json;
import io.pcmops.internal.store.Database;
import io.pcmops.internal.store.Sql;
import io.pcmops.model.InvocationState;
import io.pcmops.model.Platform;
import io.pcmops.model.Verdict;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Singleton;

/** Launches and per-target results of workflow runs. Each change is one transaction. */
@Singleton
public final class ResultStore {

    private static final TypeReference<List<String>> REASONS = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> FACTS = new TypeReference<>() { };

    private final Database database;

    @Inject
    public ResultStore(Database database) {
        this.database = database;
    }

    /** Stores a launch and a running result (next attempt) for each of its targets; returns its seq. */
    public int insertLaunch(String workflowRunId, LaunchRow launch, Map<Integer, String> targets) {
        return database.write(c -> {
            int seq = (int) Sql.count(c, "SELECT coalesce(max(seq), 0) + 1 FROM workflow_launches "
                    + "WHERE workflow_run_id = ?", workflowRunId);
            Sql.update(c, "INSERT INTO workflow_launches (workflow_run_id, seq, step, platform, answer, plan_id, state) "
                    + "VALUES (?,?,?,?,?,?,?)", workflowRunId, seq, launch.step(), launch.platform(),
                    launch.answer(), launch.planId(), LaunchRow.LAUNCHING);
            insertRows(c, workflowRunId, targets, (targetSeq, targetId) -> new ResultRow(launch.step(), targetSeq,
                    0, targetId, seq, null, null, null, null, null, null, launch.answer(), null));
            return seq;
        });
    }

    /** Stores results decided without a run. */
    public void insertDecided(String workflowRunId, List<ResultRow> rows) {
        database.write(c -> {
            Map<Integer, String> targets = new LinkedHashMap<>();
            Map<Integer, ResultRow> byTarget = new LinkedHashMap<>();
            rows.forEach(r -> {
                targets.put(r.targetSeq(), r.targetId());
                byTarget.put(r.targetSeq(), r);
            });
            insertRows(c, workflowRunId, targets, (seq, id) -> byTarget.get(seq));
            return null;
        });
    }

    public void setRun(String workflowRunId, int seq, String runId) {
        database.write(c -> {
            Sql.update(c, "UPDATE workflow_launches SET run_id = ?, state = ? WHERE workflow_run_id = ? AND seq = ? "
                    + "AND state = ?", runId, LaunchRow.RUNNING, workflowRunId, seq, LaunchRow.LAUNCHING);
            return Sql.update(c, "UPDATE workflow_results SET run_id = ? WHERE workflow_run_id = ? AND launch_seq = ?",
                    runId, workflowRunId, seq);
        });
    }

    /** The run started from a plan, if one was (a launch interrupted between starting its run and storing it). */
    public Optional<String> runOfPlan(String planId) {
        return database.read(c -> Sql.one(c, "SELECT id FROM runs WHERE plan_id = ?", row -> row.getString(1), planId));
    }

    public List<LaunchRow> launches(String workflowRunId) {
        return database.read(c -> Sql.list(c, "SELECT * FROM workflow_launches WHERE workflow_run_id = ? ORDER BY seq",
                ResultStore::launch, workflowRunId));
    }

    /** Stores the judged results of a running launch and settles it; false when it was already settled. */
    public boolean settle(String workflowRunId, int seq, List<ResultRow> outcomes) {
        return database.write(c -> {
            if (Sql.update(c, "UPDATE workflow_launches SET state = ? WHERE workflow_run_id = ? AND seq = ? "
                    + "AND state = ?", LaunchRow.SETTLED, workflowRunId, seq, LaunchRow.RUNNING) == 0) {
                return false;
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE workflow_results SET state = ?, exit_code = ?, "
                    + "verdict = ?, reasons = ?, facts = ?, next_step = ? WHERE workflow_run_id = ? AND step = ? "
                    + "AND target_seq = ? AND attempt = ?")) {
                for (ResultRow r : outcomes) {
                    Sql.bind(update, r.state(), r.exitCode(), r.verdict(), Json.write(r.reasons()),
                            Json.write(r.facts()), r.nextStep(), workflowRunId, r.step(), r.targetSeq(), r.attempt());
                    update.addBatch();
                }
                update.executeBatch();
            }
            return true;
        });
    }

    /** Settles a launch whose run never started: its targets fail with the reason and stop. */
    public void settleUnstarted(String workflowRunId, int seq, String reason) {
        database.write(c -> {
            Sql.update(c, "UPDATE workflow_launches SET state = ? WHERE workflow_run_id = ? AND seq = ?",
                    LaunchRow.SETTLED, workflowRunId, seq);
            return Sql.update(c, "UPDATE workflow_results SET verdict = 'FAIL', reasons = ?, facts = '{}', "
                    + "next_step = -1 WHERE workflow_run_id = ? AND launch_seq = ?", Json.write(List.of(reason)),
                    workflowRunId, seq);
        });
    }

    /** Targets that reached a step and have no current result there, in plan order. */
    public List<Integer> pending(String workflowRunId, int step, int targetCount) {
        return database.read(c -> {
            String done = "SELECT target_seq FROM workflow_results WHERE workflow_run_id = ? AND step = ? AND current = 1";
            if (step > 0) {
                return Sql.list(c, "SELECT target_seq FROM workflow_results WHERE workflow_run_id = ? AND current = 1 "
                        + "AND next_step = ? AND target_seq NOT IN (" + done + ") ORDER BY target_seq",
                        row -> row.getInt(1), workflowRunId, step, workflowRunId, step);
            }
            java.util.Set<Integer> finished = new java.util.HashSet<>(Sql.list(c, done, row -> row.getInt(1),
                    workflowRunId, step));
            List<Integer> all = new java.util.ArrayList<>();
            for (int i = 0; i < targetCount; i++) {
                if (!finished.contains(i)) {
                    all.add(i);
                }
            }
            return all;
        });
    }

    /** Facts of each target's current results at steps before {@code step}, later steps overriding earlier. */
    public Map<Integer, Map<String, String>> factsBefore(String workflowRunId, int step) {
        return database.read(c -> {
            Map<Integer, Map<String, String>> merged = new java.util.HashMap<>();
            try (PreparedStatement query = c.prepareStatement("SELECT target_seq, facts FROM workflow_results "
                    + "WHERE workflow_run_id = ? AND current = 1 AND step < ? AND facts IS NOT NULL ORDER BY step")) {
                Sql.bind(query, workflowRunId, step);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        merged.computeIfAbsent(rows.getInt(1), k -> new LinkedHashMap<>())
                                .putAll(Json.read(rows.getString(2), FACTS));
                    }
                }
            }
            return merged;
        });
    }

    /** Current results, of one step or all ({@code step} -1), in step then plan order. */
    public List<ResultRow> current(String workflowRunId, int step, int offset, int limit) {
        return database.read(c -> Sql.list(c, "SELECT * FROM workflow_results WHERE workflow_run_id = ? AND current = 1 "
                + "AND (? < 0 OR step = ?) ORDER BY step, target_seq LIMIT ? OFFSET ?", ResultStore::result,
                workflowRunId, step, step, limit, offset));
    }

    public long countCurrent(String workflowRunId, int step) {
        return database.read(c -> Sql.count(c, "SELECT count(*) FROM workflow_results WHERE workflow_run_id = ? "
                + "AND current = 1 AND (? < 0 OR step = ?)", workflowRunId, step, step));
    }

    /** Results of one launch, in plan order. */
    public List<ResultRow> ofLaunch(String workflowRunId, int seq) {
        return database.read(c -> Sql.list(c, "SELECT * FROM workflow_results WHERE workflow_run_id = ? "
                + "AND launch_seq = ? ORDER BY target_seq", ResultStore::result, workflowRunId, seq));
    }

    /**
     * In one transaction: moves a waiting or finished workflow run back to {@code step}, owned by {@code owner}, and
     * clears 'current' on the step's failed targets that stopped there, so they are pending again.
     */
    public boolean reopenFailures(String workflowRunId, int step, String owner, java.time.Instant until) {
        return database.write(c -> {
            if (Sql.update(c, "UPDATE workflow_runs SET status = 'RUNNING', message = NULL, current_step = ?, "
                    + "ended_at = NULL, owner = ?, lease_expires_at = ?, event_seq = event_seq + 1 WHERE id = ? "
                    + "AND status IN ('WAITING','SUCCEEDED','COMPLETED_WITH_FAILURES') AND cancel_requested = 0",
                    step, owner, until, workflowRunId) == 0) {
                return false;
            }
            Sql.update(c, "UPDATE workflow_results SET current = 0 WHERE workflow_run_id = ? AND step = ? "
                    + "AND current = 1 AND verdict = 'FAIL' AND next_step = -1", workflowRunId, step);
            return true;
        });
    }

    public long countRetryable(String workflowRunId, int step) {
        return database.read(c -> Sql.count(c, "SELECT count(*) FROM workflow_results WHERE workflow_run_id = ? "
                + "AND step = ? AND current = 1 AND verdict = 'FAIL' AND next_step = -1", workflowRunId, step));
    }

    /** Verdicts of every target's last current result: what the workflow run ends with. */
    public Map<Verdict, Integer> finalVerdicts(String workflowRunId) {
        return database.read(c -> {
            Map<Verdict, Integer> counts = new java.util.EnumMap<>(Verdict.class);
            Sql.list(c, "SELECT verdict, count(*) FROM (SELECT verdict, row_number() OVER (PARTITION BY target_seq "
                    + "ORDER BY step DESC) AS latest FROM workflow_results WHERE workflow_run_id = ? AND current = 1) "
                    + "WHERE latest = 1 AND verdict IS NOT NULL GROUP BY verdict",
                    row -> counts.put(Verdict.valueOf(row.getString(1)), row.getInt(2)), workflowRunId);
            return counts;
        });
    }

    /** Counts of current results per step and verdict ({@code null} key: running). */
    public Map<Integer, Map<Verdict, Integer>> verdictCounts(String workflowRunId) {
        return database.read(c -> {
            Map<Integer, Map<Verdict, Integer>> counts = new java.util.HashMap<>();
            Sql.list(c, "SELECT step, verdict, count(*) FROM workflow_results WHERE workflow_run_id = ? AND current = 1 "
                    + "GROUP BY step, verdict", row -> counts.computeIfAbsent(row.getInt(1), k -> new java.util.HashMap<>())
                    .put(row.getString(2) == null ? null : Verdict.valueOf(row.getString(2)), row.getInt(3)),
                    workflowRunId);
            return counts;
        });
    }

    public Map<String, String[]> answers(String workflowRunId, int step) {
        return database.read(c -> {
            Map<String, String[]> answers = new LinkedHashMap<>();
            Sql.list(c, "SELECT group_key, answer, answered_by FROM workflow_answers WHERE workflow_run_id = ? "
                    + "AND step = ?", row -> answers.put(row.getString(1), new String[] {row.getString(2),
                    row.getString(3)}), workflowRunId, step);
            return answers;
        });
    }

    public void saveAnswers(String workflowRunId, int step, Map<String, String> answers, String by,
                            java.time.Instant at) {
        database.write(c -> {
            for (Map.Entry<String, String> answer : answers.entrySet()) {
                Sql.update(c, "INSERT INTO workflow_answers (workflow_run_id, step, group_key, answer, answered_by, "
                        + "answered_at) VALUES (?,?,?,?,?,?) ON CONFLICT (workflow_run_id, step, group_key) DO UPDATE "
                        + "SET answer = excluded.answer, answered_by = excluded.answered_by, "
                        + "answered_at = excluded.answered_at", workflowRunId, step, answer.getKey(),
                        answer.getValue(), by, at);
            }
            return null;
        });
    }

    private interface RowFactory {
        ResultRow row(int targetSeq, String targetId);
    }

    private static void insertRows(Connection c, String workflowRunId, Map<Integer, String> targets,
                                   RowFactory factory) throws SQLException {
        if (targets.isEmpty()) {
            return;
        }
        int step = factory.row(targets.keySet().iterator().next(), "").step();
        Map<Integer, Integer> attempts = new java.util.HashMap<>();
        Sql.list(c, "SELECT target_seq, max(attempt) FROM workflow_results WHERE workflow_run_id = ? AND step = ? "
                + "GROUP BY target_seq", row -> attempts.put(row.getInt(1), row.getInt(2)), workflowRunId, step);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO workflow_results (workflow_run_id, step, "
                + "target_seq, attempt, current, target_id, launch_seq, run_id, state, exit_code, verdict, reasons, "
                + "facts, answer, next_step) VALUES (?,?,?,?,1,?,?,?,?,?,?,?,?,?,?)")) {
            for (Map.Entry<Integer, String> target : targets.entrySet()) {
                ResultRow r = factory.row(target.getKey(), target.getValue());
                Sql.bind(insert, workflowRunId, step, r.targetSeq(), attempts.getOrDefault(r.targetSeq(), 0) + 1,
                        r.targetId(), r.launchSeq(), r.runId(), r.state(), r.exitCode(), r.verdict(),
                        r.verdict() == null ? null : Json.write(r.reasons()),
                        r.verdict() == null ? null : Json.write(r.facts()), r.answer(), r.nextStep());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static LaunchRow launch(ResultSet row) throws SQLException {
        return new LaunchRow(row.getInt("seq"), row.getInt("step"), Platform.parse(row.getString("platform")),
                row.getString("answer"), row.getString("plan_id"), row.getString("run_id"), row.getString("state"));
    }

    private static ResultRow result(ResultSet row) throws SQLException {
        String state = row.getString("state");
        String verdict = row.getString("verdict");
        String reasons = row.getString("reasons");
        String facts = row.getString("facts");
        return new ResultRow(row.getInt("step"), row.getInt("target_seq"), row.getInt("attempt"),
                row.getString("target_id"), Sql.integer(row, "launch_seq"), row.getString("run_id"),
                state == null ? null : InvocationState.valueOf(state), Sql.integer(row, "exit_code"),
                verdict == null ? null : Verdict.valueOf(verdict), reasons == null ? List.of()
                : Json.read(reasons, REASONS), facts == null ? Map.of() : Json.read(facts, FACTS),
                row.getString("answer"), Sql.integer(row, "next_step"));
    }
}
