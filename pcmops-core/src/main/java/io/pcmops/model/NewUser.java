package io.pcmops.model;

import java.util.Set;

/**
 * A user to create.
 *
 * @param username           login name
 * @param password           password (checked against the password policy; only its hash is kept)
 * @param roles              at least one role
 * @param grants             rights beyond the roles, or none
 * @param mustChangePassword whether the first sign-in must set a new password
 */
public record NewUser(String username, String password, Set<Role> roles, Set<Right> grants,
                      boolean mustChangePassword) {

    public NewUser {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        grants = grants == null ? Set.of() : Set.copyOf(grants);
    }

    /** Returns a user with one role, no grants, who must change the password at first sign-in. */
    public static NewUser of(String username, String password, Role role) {
        return new NewUser(username, password, Set.of(role), Set.of(), true);
    }

    /** Returns a copy with the first-sign-in password change required or not. */
    public NewUser withMustChangePassword(boolean value) {
        return new NewUser(username, password, roles, grants, value);
    }

    @Override
    public String toString() {
        return "NewUser[" + username + ", roles " + roles + ", grants " + grants + ", password redacted]";
    }
}
