package io.pcmops.model;

import java.time.Instant;

/**
 * An API token of a user. Only its hash is stored; the token text is shown once, when it is created.
 *
 * @param id         token id
 * @param userId     owner id
 * @param username   owner name
 * @param name       label given by the owner
 * @param createdAt  creation time
 * @param expiresAt  expiry
 * @param revokedAt  revocation time, or {@code null}
 * @param lastUsedAt last use, or {@code null}
 */
public record ApiToken(String id, String userId, String username, String name, Instant createdAt, Instant expiresAt,
                       Instant revokedAt, Instant lastUsedAt) {

    /** Returns whether the token may be used at {@code now}. */
    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
