package io.pcmops.internal.service;

import io.pcmops.ConflictException;
import io.pcmops.InvalidRequestException;
import io.pcmops.internal.security.PasswordPolicy;
import io.pcmops.model.Right;
import io.pcmops.model.Role;
import io.pcmops.model.User;
import io.pcmops.model.UserChange;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The checks a user or a change to one must pass, and how they are described in the audit log. */
final class UserRules {

    private UserRules() {
    }

    static void checkChange(User user, UserChange change, boolean self) {
        if (change.empty()) {
            throw new InvalidRequestException("nothing to change: give roles, grants, disabled or password");
        }
        if (change.roles() != null) {
            requireRole(change.roles());
        }
        if (change.roles() != null && change.grants() != null) {
            checkGrants(change.roles(), change.grants());
        } else if (change.roles() != null) {
            checkKept(user, change.roles(), user.grants());
        } else if (change.grants() != null) {
            checkGrantable(change.grants());
            checkKept(user, user.roles(), change.grants());
        }
        if (Boolean.TRUE.equals(change.disabled()) && self) {
            throw new InvalidRequestException("you cannot disable yourself");
        }
        if (change.password() != null) {
            if (self) {
                throw new InvalidRequestException("change your own password with your current one, not by a reset");
            }
            PasswordPolicy.check("password", change.password());
        }
    }

    static Set<Role> requireRole(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidRequestException("a user needs at least one role: viewer, operator or admin");
        }
        return roles;
    }

    /** Checks grants against the roles they come with (given in the same request): a mismatch is bad input. */
    static void checkGrants(Set<Role> roles, Set<Right> grants) {
        checkGrantable(grants);
        for (Right grant : grants) {
            if (!carriesGrants(roles)) {
                throw new InvalidRequestException("'" + grant.id() + "' can only be granted to operators and admins");
            }
        }
    }

    /** Checks roles and grants of which one is the user's stored value: a mismatch is a conflict with that state. */
    private static void checkKept(User user, Set<Role> roles, Set<Right> grants) {
        if (!grants.isEmpty() && !carriesGrants(roles)) {
            throw new ConflictException("user '" + user.username() + "' would be " + Role.format(roles) + " with "
                    + Right.format(grants) + ", but grants go to operators and admins only; change roles and grants "
                    + "together");
        }
    }

    private static void checkGrantable(Set<Right> grants) {
        for (Right grant : grants) {
            if (!Right.GRANTABLE.contains(grant)) {
                throw new InvalidRequestException("'" + grant.id() + "' comes with a role and cannot be granted; "
                        + "grantable: " + Right.format(Right.GRANTABLE));
            }
        }
    }

    private static boolean carriesGrants(Set<Role> roles) {
        return roles.stream().anyMatch(r -> r.includes(Role.OPERATOR));
    }

    static Map<String, String> describe(User user) {
        return Map.of("roles", Role.format(user.roles()),
                "grants", Right.format(user.grants()));
    }

    static Map<String, String> changes(UserChange change) {
        Map<String, String> details = new TreeMap<>();
        if (change.roles() != null) {
            details.put("roles", Role.format(change.roles()));
        }
        if (change.grants() != null) {
            details.put("grants", Right.format(change.grants()));
        }
        if (change.disabled() != null) {
            details.put("disabled", change.disabled().toString());
        }
        if (change.password() != null) {
            details.put("password", "reset");
        }
        return details;
    }
}
