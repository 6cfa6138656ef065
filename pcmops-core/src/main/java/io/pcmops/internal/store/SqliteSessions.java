package io.pcmops.internal.store;

import io.pcmops.model.Session;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;

/** {@link SessionStore} on SQLite. */
public final class SqliteSessions implements SessionStore {

    private final Database database;

    @Inject
    public SqliteSessions(Database database) {
        this.database = database;
    }

    @Override
    public void insert(Session session) {
        database.write(c -> Sql.update(c, "INSERT INTO sessions (id, user_id, csrf_token, created_at, last_seen_at, "
                        + "expires_at) VALUES (?,?,?,?,?,?)", session.id(), session.userId(), session.csrfToken(),
                session.createdAt(), session.lastSeenAt(), session.expiresAt()));
    }

    @Override
    public Optional<Session> find(String sessionId) {
        return database.read(c -> Sql.one(c, "SELECT * FROM sessions WHERE id = ?", SqliteSessions::map, sessionId));
    }

    @Override
    public void touch(String sessionId, Instant at) {
        database.write(c -> Sql.update(c, "UPDATE sessions SET last_seen_at = ? WHERE id = ?", at, sessionId));
    }

    @Override
    public boolean delete(String sessionId) {
        return database.write(c -> Sql.update(c, "DELETE FROM sessions WHERE id = ?", sessionId)) > 0;
    }

    @Override
    public Set<String> deleteAllOf(String userId, String exceptSessionId) {
        String except = exceptSessionId == null ? "" : exceptSessionId;
        return database.write(c -> {
            Set<String> ids = new HashSet<>(Sql.list(c, "SELECT id FROM sessions WHERE user_id = ? AND id <> ?",
                    row -> row.getString(1), userId, except));
            Sql.update(c, "DELETE FROM sessions WHERE user_id = ? AND id <> ?", userId, except);
            return ids;
        });
    }

    @Override
    public int purge(Instant now, Instant idleBefore) {
        return database.write(c -> Sql.update(c, "DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at < ?",
                now, idleBefore));
    }

    private static Session map(ResultSet row) throws SQLException {
        return new Session(row.getString("id"), row.getString("user_id"), row.getString("csrf_token"),
                Sql.instant(row, "created_at"), Sql.instant(row, "last_seen_at"), Sql.instant(row, "expires_at"));
    }
}
