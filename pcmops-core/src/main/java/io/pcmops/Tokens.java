package io.pcmops;

import io.pcmops.model.ApiToken;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stored API tokens, by hash; the token text itself is never stored. */
public interface Tokens {

    /** Stores a new token of a user. */
    ApiToken create(String userId, String name, String tokenHash, Instant expiresAt);

    /** Finds a token by the hash of its text. */
    Optional<ApiToken> findByHash(String tokenHash);

    /** Returns a user's tokens, newest first; with {@code null} every user's. */
    List<ApiToken> list(String userIdOrNull);

    /**
     * Revokes a token.
     *
     * @throws NotFoundException when there is no such token
     */
    ApiToken revoke(String tokenId);

    /** Records a use of a token. */
    void touch(String tokenId, Instant at);
}
