package io.pcmops.model;

import io.pcmops.InvalidRequestException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person or program that signs in to the server. The password hash is kept apart and never in this record.
 *
 * @param id                 user id
 * @param username           login name: 1-64 letters, digits, {@code .}, {@code _}, {@code @} or {@code -}
 * @param roles              roles
 * @param grants             rights granted beyond the roles (see {@link Right#GRANTABLE})
 * @param mustChangePassword whether the next sign-in must set a new password
 * @param disabled           whether sign-in is refused
 * @param createdAt          creation time
 */
public record User(String id, String username, Set<Role> roles, Set<Right> grants, boolean mustChangePassword,
                   boolean disabled, Instant createdAt) {

    /** Longest user name. */
    public static final int MAX_USERNAME = 64;

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0," + (MAX_USERNAME - 1) + "}");

    public User {
        checkUsername(username);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        grants = grants == null ? Set.of() : Set.copyOf(grants);
    }

    /**
     * Checks a user name's length and characters, without echoing a long one back.
     *
     * @return the name
     * @throws InvalidRequestException when it is not a valid user name
     */
    public static String checkUsername(String username) {
        if (username == null || username.length() > MAX_USERNAME || !USERNAME.matcher(username).matches()) {
            String shown = username == null || username.length() > MAX_USERNAME ? "" : " '" + username + "'";
            throw new InvalidRequestException("the username" + shown + " must be 1-" + MAX_USERNAME
                    + " letters, digits, '.', '_', '@' or '-', starting with a letter or digit");
        }
        return username;
    }

    /** Returns whether any of the user's roles includes {@code role}. */
    public boolean has(Role role) {
        return roles.stream().anyMatch(r -> r.includes(role));
    }

    /** Returns the rights of the user's roles and grants. */
    public Set<Right> rights() {
        Set<Right> rights = EnumSet.noneOf(Right.class);
        roles.forEach(role -> rights.addAll(role.rights()));
        rights.addAll(grants);
        return rights;
    }

    /** Returns whether the user is an enabled administrator. */
    public boolean enabledAdmin() {
        return !disabled && has(Role.ADMIN);
    }
}
