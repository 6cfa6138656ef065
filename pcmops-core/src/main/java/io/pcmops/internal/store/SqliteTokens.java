package io.pcmops.internal.store;

import io.pcmops.NotFoundException;
import io.pcmops.Tokens;
import io.pcmops.internal.util.Ids;
import io.pcmops.model.ApiToken;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;

/** {@link Tokens} on SQLite. */
public final class SqliteTokens implements Tokens {

    private static final String SELECT = "SELECT t.id, t.user_id, u.username, t.name, t.created_at, t.expires_at, "
            + "t.revoked_at, t.last_used_at FROM api_tokens t JOIN users u ON u.id = t.user_id ";

    private final Database database;
    private final Clock clock;

    @Inject
    public SqliteTokens(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public ApiToken create(String userId, String name, String tokenHash, Instant expiresAt) {
        String id = Ids.next("t", clock);
        return database.write(c -> {
            Sql.update(c, "INSERT INTO api_tokens (id, user_id, name, token_hash, created_at, expires_at) "
                    + "VALUES (?,?,?,?,?,?)", id, userId, name, tokenHash, clock.instant(), expiresAt);
            return Sql.one(c, SELECT + "WHERE t.id = ?", SqliteTokens::map, id).orElseThrow(
                    () -> new NotFoundException("no user with id '" + userId + "'"));
        });
    }

    @Override
    public Optional<ApiToken> findByHash(String tokenHash) {
        return database.read(c -> Sql.one(c, SELECT + "WHERE t.token_hash = ?", SqliteTokens::map, tokenHash));
    }

    @Override
    public List<ApiToken> list(String userIdOrNull) {
        return database.read(c -> userIdOrNull == null
                ? Sql.list(c, SELECT + "ORDER BY t.created_at DESC", SqliteTokens::map)
                : Sql.list(c, SELECT + "WHERE t.user_id = ? ORDER BY t.created_at DESC", SqliteTokens::map,
                        userIdOrNull));
    }

    @Override
    public ApiToken revoke(String tokenId) {
        return database.write(c -> {
            Sql.update(c, "UPDATE api_tokens SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?", clock.instant(),
                    tokenId);
            return Sql.one(c, SELECT + "WHERE t.id = ?", SqliteTokens::map, tokenId)
                    .orElseThrow(() -> new NotFoundException("no API token with id '" + tokenId + "'"));
        });
    }

    @Override
    public void touch(String tokenId, Instant at) {
        database.write(c -> Sql.update(c, "UPDATE api_tokens SET last_used_at = ? WHERE id = ?", at, tokenId));
    }

    private static ApiToken map(ResultSet row) throws SQLException {
        return new ApiToken(row.getString("id"), row.getString("user_id"), row.getString("username"),
                row.getString("name"), Sql.instant(row, "created_at"), Sql.instant(row, "expires_at"),
                Sql.instant(row, "revoked_at"), Sql.instant(row, "last_used_at"));
    }
}
