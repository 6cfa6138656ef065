package io.pcmops.internal.store;

import io.pcmops.model.Change;
import io.pcmops.model.ChangeStatus;
import io.pcmops.model.ChangeTarget;
import io.pcmops.model.Page;
import io.pcmops.model.PageRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.inject.Inject;

/** {@link ChangeStore} on SQLite. */
public final class SqliteChangeStore implements ChangeStore {

    private final Database database;

    @Inject
    public SqliteChangeStore(Database database) {
        this.database = database;
    }

    @Override
    public void upsert(Change change) {
        database.write(c -> {
            Sql.update(c, "INSERT INTO changes (number, description, status, provider, created_at, updated_at, "
                    + "updated_by) VALUES (?,?,?,?,?,?,?) ON CONFLICT (number) DO UPDATE SET description = "
                    + "excluded.description, status = excluded.status, provider = excluded.provider, updated_at = "
                    + "excluded.updated_at, updated_by = excluded.updated_by", change.number(), change.description(),
                    change.status(), change.provider(), change.createdAt(), change.updatedAt(), change.updatedBy());
            Sql.update(c, "DELETE FROM change_targets WHERE number = ?", change.number());
            insertTargets(c, change);
            return null;
        });
    }

    @Override
    public Optional<Change> find(String number) {
        return database.read(c -> Sql.one(c, "SELECT * FROM changes WHERE number = ?", row -> map(c, row), number));
    }

    @Override
    public Page<Change> list(String search, PageRequest page) {
        String where = search == null ? "" : " WHERE lower(number) LIKE ? OR lower(description) LIKE ?";
        Object[] args = search == null ? new Object[0] : new Object[] {like(search), like(search)};
        return database.read(c -> {
            long total = Sql.count(c, "SELECT count(*) FROM changes" + where, args);
            List<Object> pageArgs = new ArrayList<>(List.of(args));
            pageArgs.add(page.limit());
            pageArgs.add(page.offset());
            List<Change> items = Sql.list(c, "SELECT * FROM changes" + where
                    + " ORDER BY updated_at DESC, number LIMIT ? OFFSET ?", row -> map(c, row), pageArgs.toArray());
            return new Page<>(items, total, page.offset(), page.limit());
        });
    }

    @Override
    public boolean setStatus(String number, ChangeStatus status, Instant at, String by) {
        return database.write(c -> Sql.update(c, "UPDATE changes SET status = ?, updated_at = ?, updated_by = ? "
                + "WHERE number = ?", status, at, by, number) == 1);
    }

    @Override
    public boolean delete(String number) {
        return database.write(c -> {
            Sql.update(c, "DELETE FROM change_targets WHERE number = ?", number);
            return Sql.update(c, "DELETE FROM changes WHERE number = ?", number) == 1;
        });
    }

    private static String like(String search) {
        return "%" + search.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
    }

    private static void insertTargets(Connection c, Change change) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("INSERT INTO change_targets (number, seq, target_id, "
                + "account, region, platform, name) VALUES (?,?,?,?,?,?,?)")) {
            int seq = 0;
            for (ChangeTarget t : change.targets()) {
                Sql.bind(statement, change.number(), seq++, t.targetId(), t.account(), t.region(), t.platform(),
                        t.name());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static Change map(Connection c, ResultSet row) throws SQLException {
        String number = row.getString("number");
        List<ChangeTarget> targets = Sql.list(c, "SELECT * FROM change_targets WHERE number = ? ORDER BY seq",
                t -> new ChangeTarget(t.getString("target_id"), t.getString("account"), t.getString("region"),
                        t.getString("platform"), t.getString("name")), number);
        return new Change(number, row.getString("description"), ChangeStatus.valueOf(row.getString("status")),
                row.getString("provider"), targets, Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"),
                row.getString("updated_by"));
    }
}
