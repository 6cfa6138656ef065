package io.pcmops.internal.store;

import io.pcmops.model.Right;
import io.pcmops.model.Role;
import io.pcmops.model.User;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stored users with their password hashes. Changes that would remove the last enabled admin are refused here. */
public interface UserStore {

    /** Inserts a user; fails with a conflict when the name is taken. */
    User insert(User user, String passwordHash);

    /** Finds a user by login name. */
    Optional<User> find(String username);

    /** Finds a user by id. */
    Optional<User> byId(String userId);

    /** Returns every user, by name. */
    List<User> list();

    /** Returns a user's stored password hash. */
    Optional<String> passwordHash(String userId);

    /** Replaces a user's password hash; fails when there is no such user. */
    User setPassword(String userId, String passwordHash, boolean mustChangePassword);

    /**
     * Changes roles, grants or the enabled state ({@code null}: unchanged) in one transaction, which fails with a
     * conflict when it would leave no enabled admin where there was one.
     */
    User update(String userId, Set<Role> roles, Set<Right> grants, Boolean disabled);

    /** Deletes a user with their tokens and sessions (refused for the last enabled admin); returns the sessions. */
    Set<String> delete(String userId);
}
