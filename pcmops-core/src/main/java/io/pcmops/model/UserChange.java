package io.pcmops.model;

import java.util.Set;

/**
 * Changes to a user; a {@code null} part is left as it is.
 *
 * @param roles    new roles (at least one)
 * @param disabled whether sign-in is refused
 * @param password a new password set by an administrator (the user must change it at next sign-in)
 * @param grants   new rights beyond the roles
 */
public record UserChange(Set<Role> roles, Boolean disabled, String password, Set<Right> grants) {

    public UserChange {
        roles = roles == null ? null : Set.copyOf(roles);
        grants = grants == null ? null : Set.copyOf(grants);
    }

    /** Returns a change of roles only. */
    public static UserChange roles(Set<Role> roles) {
        return new UserChange(roles, null, null, null);
    }

    /** Returns a change that disables or enables the user. */
    public static UserChange disabled(boolean disabled) {
        return new UserChange(null, disabled, null, null);
    }

    /** Returns a password reset. */
    public static UserChange password(String password) {
        return new UserChange(null, null, password, null);
    }

    /** Returns a change of grants only. */
    public static UserChange grants(Set<Right> grants) {
        return new UserChange(null, null, null, grants);
    }

    /** Returns whether nothing would change. */
    public boolean empty() {
        return roles == null && disabled == null && password == null && grants == null;
    }

    @Override
    public String toString() {
        return "UserChange[roles " + roles + ", disabled " + disabled + ", grants " + grants + ", password "
                + (password == null ? "unchanged" : "redacted") + "]";
    }
}
