package io.pcmops.model;

import java.time.Instant;
import java.util.Set;

/**
 * An API token of a user. Only its hash is stored; the token text is shown once, when it is created. A caller with
 * the token has the rights its user has at the time of the call, narrowed to the token's own rights.
 *
 * @param id         token id
 * @param userId     owner id
 * @param username   owner name
 * @param name       label given by the owner
 * @param rights     the most the token may do
 * @param createdAt  creation time
 * @param expiresAt  expiry
 * @param revokedAt  revocation time, or {@code null}
 * @param lastUsedAt last use, or {@code null}
 */
public record ApiToken(String id, String userId, String username, String name, Set<Right> rights, Instant createdAt,
                       Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {

    public ApiToken {
        rights = rights == null ? Set.of() : Set.copyOf(rights);
    }

    /** Returns whether the token may be used at {@code now}. */
    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
