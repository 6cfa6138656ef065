package io.pcmops.http.routing;

import io.pcmops.model.Role;

/** Who may call a route. */
public enum Access {
    /** Anyone, signed in or not. */
    PUBLIC(null),
    /** Any signed-in user, even one who must still change their password. */
    SIGNED_IN(Role.VIEWER),
    /** Readers. */
    VIEWER(Role.VIEWER),
    /** Those who run, cancel and retry runs and edit scripts. */
    OPERATOR(Role.OPERATOR),
    /** Those who manage users, credentials, accounts and provider settings. */
    ADMIN(Role.ADMIN);

    private final Role role;

    Access(Role role) {
        this.role = role;
    }

    /** Returns the role needed, or {@code null} for public routes. */
    public Role role() {
        return role;
    }
}
