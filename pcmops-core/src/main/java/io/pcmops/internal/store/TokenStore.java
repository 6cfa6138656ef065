package io.pcmops.internal.store;

import io.pcmops.model.ApiToken;
import io.pcmops.model.Right;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stored API tokens, by the hash of their text. */
public interface TokenStore {

    /** Stores a new token of a user (its hash, never its text). */
    ApiToken insert(String tokenId, String userId, String name, String tokenHash, Set<Right> rights,
                    Instant createdAt, Instant expiresAt);

    /** Finds a token by the hash of its text. */
    Optional<ApiToken> findByHash(String tokenHash);

    /** Returns a user's tokens, newest first; with {@code null} every user's. */
    List<ApiToken> list(String userIdOrNull);

    /** Revokes a token (keeping the first revocation time); fails when there is no such token. */
    ApiToken revoke(String tokenId, Instant at);

    /** Revokes every usable token of a user; returns them as revoked. */
    List<ApiToken> revokeAllOf(String userId, Instant at);

    /** Records a use of a token. */
    void touch(String tokenId, Instant at);
}
