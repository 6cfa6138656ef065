package io.pcmops.internal.store;

import com.fasterxml.jackson.core.type.TypeReference;
import io.pcmops.internal.audit.AuditChain;
import io.pcmops.internal.json.Json;
import io.pcmops.model.AuditEntry;
import io.pcmops.model.AuditEvent;
import io.pcmops.model.AuditQuery;
import io.pcmops.model.Page;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.inject.Inject;

/** {@link AuditStore} on SQLite; triggers refuse updates and deletes of audit rows. */
public final class SqliteAuditStore implements AuditStore {

    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() { };

    private final Database database;

    @Inject
    public SqliteAuditStore(Database database) {
        this.database = database;
    }

    @Override
    public AuditEvent append(AuditEntry entry, Instant at, Sealer sealer) {
        return database.write(c -> {
            Last last = Sql.one(c, "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1",
                    row -> new Last(row.getLong(1), row.getString(2))).orElse(new Last(0, AuditChain.GENESIS));
            AuditEvent event = sealer.seal(last.sequence() + 1, at, entry, last.hash());
            Sql.update(c, "INSERT INTO audit_events (seq, at, actor, action, subject, targets, script_hash, result, "
                            + "details, previous_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)", event.sequence(),
                    event.at(), event.actor(), event.action(), event.subject(), event.targets(), event.scriptHash(),
                    event.result(), Json.write(event.details()), event.previousHash(), event.hash());
            return event;
        });
    }

    @Override
    public Page<AuditEvent> list(AuditQuery query) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (query.actor() != null) {
            where.append(" AND actor = ?");
            args.add(query.actor());
        }
        if (query.action() != null) {
            where.append(" AND action LIKE ? ESCAPE '\\'");
            args.add(query.action().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (query.since() != null) {
            where.append(" AND at >= ?");
            args.add(query.since());
        }
        return database.read(c -> {
            long total = Sql.count(c, "SELECT count(*) FROM audit_events" + where, args.toArray());
            List<Object> pageArgs = new ArrayList<>(args);
            pageArgs.add(query.page().limit());
            pageArgs.add(query.page().offset());
            List<AuditEvent> items = Sql.list(c, "SELECT * FROM audit_events" + where
                    + " ORDER BY seq DESC LIMIT ? OFFSET ?", SqliteAuditStore::map, pageArgs.toArray());
            return new Page<>(items, total, query.page().offset(), query.page().limit());
        });
    }

    @Override
    public void forEach(Consumer<AuditEvent> consumer) {
        database.read(c -> {
            try (PreparedStatement statement = c.prepareStatement("SELECT * FROM audit_events ORDER BY seq")) {
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        consumer.accept(map(rows));
                    }
                }
            }
            return null;
        });
    }

    private static AuditEvent map(ResultSet row) throws SQLException {
        return new AuditEvent(row.getLong("seq"), Sql.instant(row, "at"), row.getString("actor"),
                row.getString("action"), row.getString("subject"), row.getString("targets"),
                row.getString("script_hash"), row.getString("result"), Json.read(row.getString("details"), DETAILS),
                row.getString("previous_hash"), row.getString("hash"));
    }

    private record Last(long sequence, String hash) {
    }
}
