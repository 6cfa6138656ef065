package io.pcmops.http.security;

import io.pcmops.model.Role;
import io.pcmops.model.User;

/**
 * The authenticated caller of one request.
 *
 * @param user       the user
 * @param sessionKey stored key of the session, or {@code null} for a bearer token
 * @param csrfToken  the session's CSRF token, or {@code null} for a bearer token
 * @param tokenId    id of the API token used, or {@code null} for a session
 */
public record Principal(User user, String sessionKey, String csrfToken, String tokenId) {

    /** Returns whether the caller came with a session cookie (and so must send CSRF tokens). */
    public boolean viaSession() {
        return sessionKey != null;
    }

    /** Returns whether the user holds a role (or one that includes it). */
    public boolean has(Role role) {
        return user.has(role);
    }

    /** Returns the user name. */
    public String name() {
        return user.username();
    }
}
