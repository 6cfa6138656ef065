package io.pcmops.model;

import io.pcmops.InvalidRequestException;
import java.time.Instant;
import java.util.Set;

/**
 * A person or program that signs in to the server. The password hash is kept apart and never in this record.
 *
 * @param id                 user id
 * @param username           login name
 * @param roles              roles
 * @param mustChangePassword whether the next sign-in must set a new password
 * @param disabled           whether sign-in is refused
 * @param createdAt          creation time
 * @param failedLogins       consecutive failed sign-ins
 * @param lockedUntil        sign-in refused until then, or {@code null}
 */
public record User(String id, String username, Set<Role> roles, boolean mustChangePassword, boolean disabled,
                   Instant createdAt, int failedLogins, Instant lockedUntil) {

    public User {
        if (username == null || !username.matches("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")) {
            throw new InvalidRequestException("username '" + username
                    + "' must be 1-64 letters, digits, '.', '_', '@' or '-'");
        }
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** Returns whether any of the user's roles includes {@code role}. */
    public boolean has(Role role) {
        return roles.stream().anyMatch(r -> r.includes(role));
    }
}
