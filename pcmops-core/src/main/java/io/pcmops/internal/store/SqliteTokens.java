package io.pcmops.internal.store;

import io.pcmops.NotFoundException;
import io.pcmops.model.ApiToken;
import io.pcmops.model.Right;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;

/** {@link TokenStore} on SQLite. */
public final class SqliteTokens implements TokenStore {

    private static final String SELECT = "SELECT t.id, t.user_id, u.username, t.name, t.rights, t.created_at, "
            + "t.expires_at, t.revoked_at, t.last_used_at FROM api_tokens t JOIN users u ON u.id = t.user_id ";

    private final Database database;

    @Inject
    public SqliteTokens(Database database) {
        this.database = database;
    }

    @Override
    public ApiToken insert(String tokenId, String userId, String name, String tokenHash, Set<Right> rights,
                           Instant createdAt, Instant expiresAt) {
        return database.write(c -> {
            Sql.update(c, "INSERT INTO api_tokens (id, user_id, name, token_hash, rights, created_at, expires_at) "
                    + "VALUES (?,?,?,?,?,?,?)", tokenId, userId, name, tokenHash, Right.format(rights), createdAt,
                    expiresAt);
            return Sql.one(c, SELECT + "WHERE t.id = ?", SqliteTokens::map, tokenId).orElseThrow(
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
                ? Sql.list(c, SELECT + "ORDER BY t.created_at DESC, t.id DESC", SqliteTokens::map)
                : Sql.list(c, SELECT + "WHERE t.user_id = ? ORDER BY t.created_at DESC, t.id DESC",
                        SqliteTokens::map, userIdOrNull));
    }

    @Override
    public ApiToken revoke(String tokenId, Instant at) {
        return database.write(c -> {
            Sql.update(c, "UPDATE api_tokens SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?", at, tokenId);
            return Sql.one(c, SELECT + "WHERE t.id = ?", SqliteTokens::map, tokenId)
                    .orElseThrow(() -> new NotFoundException("no API token with id '" + tokenId + "'"));
        });
    }

    @Override
    public List<ApiToken> revokeAllOf(String userId, Instant at) {
        return database.write(c -> {
            List<String> ids = Sql.list(c, "SELECT id FROM api_tokens WHERE user_id = ? AND revoked_at IS NULL "
                    + "AND expires_at > ?", row -> row.getString(1), userId, at);
            Sql.update(c, "UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL "
                    + "AND expires_at > ?", at, userId, at);
            return ids.isEmpty() ? List.of() : Sql.list(c, SELECT + "WHERE t.id IN (" + Sql.placeholders(ids.size())
                    + ") ORDER BY t.created_at DESC, t.id DESC", SqliteTokens::map, ids.toArray());
        });
    }

    @Override
    public void touch(String tokenId, Instant at) {
        database.write(c -> Sql.update(c, "UPDATE api_tokens SET last_used_at = ? WHERE id = ?", at, tokenId));
    }

    private static ApiToken map(ResultSet row) throws SQLException {
        return new ApiToken(row.getString("id"), row.getString("user_id"), row.getString("username"),
                row.getString("name"), Right.parseAll(row.getString("rights")), Sql.instant(row, "created_at"),
                Sql.instant(row, "expires_at"), Sql.instant(row, "revoked_at"), Sql.instant(row, "last_used_at"));
    }
}
