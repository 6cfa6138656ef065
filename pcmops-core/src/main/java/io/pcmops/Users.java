package io.pcmops;

import io.pcmops.model.Role;
import io.pcmops.model.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stored users. Hashing passwords is the caller's job (the server uses a memory-hard hash); this only keeps the
 * hash, which never leaves through {@link User}.
 */
public interface Users {

    /**
     * Creates a user.
     *
     * @throws ConflictException when the name is taken
     */
    User create(String username, String passwordHash, Set<Role> roles, boolean mustChangePassword);

    /** Finds a user by login name. */
    Optional<User> find(String username);

    /** Finds a user by id. */
    Optional<User> byId(String userId);

    /** Returns every user, by name. */
    List<User> list();

    /** Returns a user's stored password hash. */
    Optional<String> passwordHash(String userId);

    /** Replaces a user's password hash. */
    User setPassword(String userId, String passwordHash, boolean mustChangePassword);

    /** Replaces a user's roles. */
    User setRoles(String userId, Set<Role> roles);

    /** Enables or disables sign-in. */
    User setDisabled(String userId, boolean disabled);

    /** Records a failed sign-in; {@code lockedUntil} is set when the caller decided to lock the user. */
    User recordFailedLogin(String userId, Instant lockedUntil);

    /** Clears failed sign-ins and any lock. */
    User recordSuccessfulLogin(String userId);

    /**
     * Deletes a user with their tokens and sessions.
     *
     * @throws NotFoundException when there is no such user
     */
    void delete(String userId);
}
