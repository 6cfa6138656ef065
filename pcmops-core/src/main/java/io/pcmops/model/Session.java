package io.pcmops.model;

import java.time.Instant;

/**
 * A server-side sign-in session.
 *
 * @param id         session key as stored (the server stores a hash of the cookie value)
 * @param userId     user id
 * @param csrfToken  token that state-changing browser requests must carry
 * @param createdAt  creation time
 * @param lastSeenAt last request
 * @param expiresAt  absolute expiry
 */
public record Session(String id, String userId, String csrfToken, Instant createdAt, Instant lastSeenAt,
                      Instant expiresAt) {

    /** Returns whether the session is still valid at {@code now} given an idle timeout. */
    public boolean activeAt(Instant now, java.time.Duration idleTimeout) {
        return now.isBefore(expiresAt) && now.isBefore(lastSeenAt.plus(idleTimeout));
    }
}
