package io.pcmops.internal.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.inject.Inject;

/** {@link BackoffStore} on SQLite. */
public final class SqliteBackoffStore implements BackoffStore {

    private final Database database;

    @Inject
    public SqliteBackoffStore(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Failures> find(String userId, String client) {
        return database.read(c -> Sql.one(c, "SELECT failures, last_failure_at FROM sign_in_backoff "
                        + "WHERE user_id = ? AND client = ?",
                row -> new Failures(row.getInt(1), Sql.instant(row, "last_failure_at")), userId, client));
    }

    @Override
    public void save(String userId, String client, Failures failures, int keep) {
        database.write(c -> {
            Sql.update(c, "INSERT INTO sign_in_backoff (user_id, client, failures, last_failure_at) VALUES (?,?,?,?) "
                    + "ON CONFLICT (user_id, client) DO UPDATE SET failures = excluded.failures, "
                    + "last_failure_at = excluded.last_failure_at", userId, client, failures.failures(),
                    failures.lastFailureAt());
            return Sql.update(c, "DELETE FROM sign_in_backoff WHERE user_id = ? AND client NOT IN (SELECT client "
                    + "FROM sign_in_backoff WHERE user_id = ? ORDER BY last_failure_at DESC LIMIT ?)", userId, userId,
                    keep);
        });
    }

    @Override
    public void clear(String userId, String client) {
        database.write(c -> Sql.update(c, "DELETE FROM sign_in_backoff WHERE user_id = ? AND client = ?", userId,
                client));
    }

    @Override
    public int clearAll(String userId) {
        return database.write(c -> Sql.update(c, "DELETE FROM sign_in_backoff WHERE user_id = ?", userId));
    }

    @Override
    public int purge(Instant now, Duration forgetEvery) {
        return database.write(c -> Sql.update(c, "DELETE FROM sign_in_backoff WHERE last_failure_at + failures * ? "
                + "<= ?", forgetEvery.toMillis(), now));
    }
}
