package io.pcmops.internal.store;

import com.fasterxml.jackson.core.type.TypeReference;
import io.pcmops.internal.json.Json;
import io.pcmops.model.InvocationState;
import io.pcmops.model.Platform;
import io.pcmops.model.Run;
import io.pcmops.model.RunOptions;
import io.pcmops.model.RunStatus;
import io.pcmops.model.ScriptLanguage;
import io.pcmops.model.TargetRef;
import io.pcmops.spi.PreparedScript;
import io.pcmops.spi.Secret;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Row mappers shared by the run reader and writer. */
final class RunRows {

    private static final TypeReference<Map<String, String>> PARAMETERS = new TypeReference<>() { };
    private static final TypeReference<List<String>> NAMES = new TypeReference<>() { };

    private RunRows() {
    }

    static TargetRef target(ResultSet row) throws SQLException {
        return new TargetRef(row.getString("provider"), row.getString("partition"), row.getString("account"),
                row.getString("region"), row.getString("target_id"), row.getString("target_name"),
                Platform.parse(row.getString("platform")));
    }

    /** Maps a run row joined with its {@code run_secrets} row ({@code secret_names}, {@code secret_sealed}). */
    static RunRecord record(ResultSet row, Map<InvocationState, Integer> counts) throws SQLException {
        String secretNames = row.getString("secret_names");
        Secret secrets = Secret.withheld(secretNames == null ? List.of() : Json.read(secretNames, NAMES));
        PreparedScript script = new PreparedScript(ScriptLanguage.parse(row.getString("script_language")),
                row.getString("script_body"), Json.read(row.getString("parameters"), PARAMETERS),
                row.getString("script_hash"), secrets);
        return new RunRecord(run(row, counts), script, row.getString("owner"), Sql.instant(row, "lease_expires_at"),
                Sql.flag(row, "cancel_requested"), row.getLong("event_seq"), row.getBytes("secret_sealed"));
    }

    static Run run(ResultSet row, Map<InvocationState, Integer> counts) throws SQLException {
        return new Run(row.getString("id"), RunStatus.valueOf(row.getString("status")), Sql.instant(row, "created_at"),
                Sql.instant(row, "started_at"), Sql.instant(row, "ended_at"), row.getString("requested_by"),
                row.getString("change_ticket"), row.getString("script_hash"),
                ScriptLanguage.parse(row.getString("script_language")), row.getString("script_name"),
                Json.read(row.getString("options"), RunOptions.class), counts, row.getInt("target_count"),
                row.getString("plan_id"), row.getString("retry_of"), row.getString("provider"));
    }

    /** Returns counts with every state present, zero when absent. */
    static Map<InvocationState, Integer> complete(Map<InvocationState, Integer> counts) {
        Map<InvocationState, Integer> all = new EnumMap<>(InvocationState.class);
        for (InvocationState state : InvocationState.values()) {
            all.put(state, counts.getOrDefault(state, 0));
        }
        return all;
    }
}
