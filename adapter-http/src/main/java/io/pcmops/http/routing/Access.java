package io.pcmops.http.routing;

import io.pcmops.model.Right;
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

    /**
     * Returns the right the caller must have: the one that sets the role apart ({@code read}, {@code operate},
     * {@code administer}); {@code null} for public routes and for any signed-in caller.
     */
    public Right right() {
        return switch (this) {
            case PUBLIC, SIGNED_IN -> null;
            case VIEWER -> Right.READ;
            case OPERATOR -> Right.OPERATE;
            case ADMIN -> Right.ADMINISTER;
        };
    }
}
