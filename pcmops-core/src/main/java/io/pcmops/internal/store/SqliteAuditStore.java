package io.pcmops.internal.store;

import com.fasterxml.jackson.core.type.TypeReference;
import io.pcmops.internal.json.Json;
import io.pcmops.model.AuditEntry;
import io.pcmops.model.AuditEvent;
import io.pcmops.model.AuditQuery;
import io.pcmops.model.Page;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.inject.Inject;

/** {@link AuditStore} on SQLite; triggers refuse updates and deletes of audit rows. */
public final class SqliteAuditStore implements AuditStore {

    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() { };

    private final Database database;
    private final Clock clock;

    @Inject
    public SqliteAuditStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public AuditEvent append(AuditEntry entry, Instant at, Sealer sealer) {
        return database.write(c -> {
            Optional<ChainHead> head = head(c);
            AuditEvent event = sealer.seal(head.map(ChainHead::sequence).orElse(0L) + 1, at, entry,
                    head.map(ChainHead::hash).orElse(null));
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

    @Override
    public Optional<AuditAnchor> anchor() {
        return database.read(SqliteAuditStore::storedAnchor);
    }

    @Override
    public AuditAnchor anchorOnce(Function<Optional<ChainHead>, AuditAnchor> create) {
        return database.write(c -> {
            Optional<AuditAnchor> stored = storedAnchor(c);
            if (stored.isPresent()) {
                return stored.get();
            }
            AuditAnchor anchor = create.apply(head(c));
            Sql.update(c, "INSERT INTO audit_anchor (id, keyed_from, legacy_head, created_at) VALUES (1,?,?,?)",
                    anchor.keyedFrom(), anchor.legacyHead(), clock.instant());
            return anchor;
        });
    }

    private static Optional<ChainHead> head(Connection c) throws SQLException {
        return Sql.one(c, "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1",
                row -> new ChainHead(row.getLong(1), row.getString(2)));
    }

    private static Optional<AuditAnchor> storedAnchor(Connection c) throws SQLException {
        return Sql.one(c, "SELECT keyed_from, legacy_head FROM audit_anchor WHERE id = 1",
                row -> new AuditAnchor(row.getLong(1), row.getString(2)));
    }

    private static AuditEvent map(ResultSet row) throws SQLException {
        return new AuditEvent(row.getLong("seq"), Sql.instant(row, "at"), row.getString("actor"),
                row.getString("action"), row.getString("subject"), row.getString("targets"),
                row.getString("script_hash"), row.getString("result"), Json.read(row.getString("details"), DETAILS),
                row.getString("previous_hash"), row.getString("hash"));
    }
}
