package io.pcmops.http.security;

import io.pcmops.model.Actor;
import io.pcmops.model.Authenticated;
import io.pcmops.model.Right;
import io.pcmops.model.Role;
import io.pcmops.model.User;

/**
 * The authenticated caller of one request.
 *
 * @param user          the user, as stored now
 * @param actor         what the caller may do (the user's rights, narrowed to a token's)
 * @param sessionSecret the session cookie's secret, or {@code null} for a bearer token; never shown
 * @param csrfToken     the session's CSRF token, or {@code null} for a bearer token
 */
public record Principal(User user, Actor actor, String sessionSecret, String csrfToken) {

    /** Returns the caller a session or token stands for. */
    public static Principal of(Authenticated who, String sessionSecret) {
        return new Principal(who.user(), who.actor(), sessionSecret,
                who.session() == null ? null : who.session().csrfToken());
    }

    /** Returns whether the caller came with a session cookie (and so must send CSRF tokens). */
    public boolean viaSession() {
        return sessionSecret != null;
    }

    /** Returns the stored key of the session, or {@code null}. */
    public String sessionKey() {
        return viaSession() ? actor.credential().id() : null;
    }

    /** Returns the API token's id, or {@code null}. */
    public String tokenId() {
        return viaSession() || actor.credential() == null ? null : actor.credential().id();
    }

    /** Returns whether the user holds a role (or one that includes it). */
    public boolean has(Role role) {
        return user.has(role);
    }

    /** Returns whether the caller has a right (a token may have fewer than its user). */
    public boolean may(Right right) {
        return actor.may(right);
    }

    /** Returns the user name. */
    public String name() {
        return user.username();
    }

    @Override
    public String toString() {
        return "Principal[" + name() + ", " + (viaSession() ? "session" : "token") + "]";
    }
}
