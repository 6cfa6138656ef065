package io.pcmops.internal.store;

import io.pcmops.model.InvocationState;
import io.pcmops.model.OutputGroup;
import io.pcmops.model.TargetRef;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Groups a run's finished invocations by identical output (same stdout and stderr), largest group first. */
final class OutputGrouping {

    /** At most this many groups are returned. */
    static final int MAX_GROUPS = 100;

    private final Connection connection;
    private final String runId;
    private final int previewBytes;
    private final int sampleSize;

    OutputGrouping(Connection connection, String runId, int previewBytes, int sampleSize) {
        this.connection = connection;
        this.runId = runId;
        this.previewBytes = previewBytes;
        this.sampleSize = sampleSize;
    }

    List<OutputGroup> groups() throws SQLException {
        List<String[]> heads = Sql.list(connection, "SELECT output_hash, count(*) AS n, min(seq) FROM invocations "
                + "WHERE run_id = ? AND output_hash IS NOT NULL GROUP BY output_hash ORDER BY n DESC, min(seq) "
                + "LIMIT " + MAX_GROUPS, row -> new String[] {row.getString(1), row.getString(2), row.getString(3)},
                runId);
        List<OutputGroup> groups = new ArrayList<>();
        for (String[] head : heads) {
            groups.add(group(head[0], Integer.parseInt(head[1]), Integer.parseInt(head[2])));
        }
        return groups;
    }

    private OutputGroup group(String hash, int count, int firstSeq) throws SQLException {
        String[] texts = Sql.one(connection, "SELECT substr(stdout, 1, ?), substr(stderr, 1, ?) FROM outputs "
                        + "WHERE run_id = ? AND seq = ?", row -> new String[] {row.getString(1), row.getString(2)},
                previewBytes, previewBytes, runId, firstSeq).orElse(new String[] {"", ""});
        Map<InvocationState, Integer> states = new EnumMap<>(InvocationState.class);
        Sql.list(connection, "SELECT state, count(*) FROM invocations WHERE run_id = ? AND output_hash = ? "
                + "GROUP BY state", row -> states.put(InvocationState.valueOf(row.getString(1)), row.getInt(2)),
                runId, hash);
        List<TargetRef> sample = Sql.list(connection, "SELECT * FROM invocations WHERE run_id = ? AND "
                + "output_hash = ? ORDER BY seq LIMIT ?", RunRows::target, runId, hash, sampleSize);
        return new OutputGroup(InvocationRows.preview(texts[0], previewBytes),
                InvocationRows.preview(texts[1], previewBytes), count, states, sample);
    }
}
