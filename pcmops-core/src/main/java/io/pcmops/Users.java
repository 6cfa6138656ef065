package io.pcmops;

import io.pcmops.model.NewUser;
import io.pcmops.model.PasswordChanged;
import io.pcmops.model.User;
import io.pcmops.model.UserChange;
import java.util.List;

/**
 * Users, as the acting {@link io.pcmops.model.Actor} may see and change them; every change is audited. The same
 * rules hold for every adapter: a user needs a role; nobody disables or deletes themself; no change may leave the
 * installation without an enabled administrator; disabling or deleting a user ends their sessions; a password
 * change ends the user's other sessions and revokes their API tokens. Passwords are hashed here with Argon2id and
 * never leave through {@link User}.
 */
public interface Users {

    /**
     * Lists every user, by name.
     *
     * @throws ForbiddenException without the {@code administer} right
     */
    List<User> list();

    /**
     * Returns a user; anyone may read their own.
     *
     * @throws NotFoundException  when there is no such user
     * @throws ForbiddenException for someone else's without the {@code administer} right
     */
    User get(String username);

    /**
     * Creates a user.
     *
     * @throws InvalidRequestException for a bad name, no role, a weak password or a grant the roles cannot carry
     * @throws ConflictException       when the name is taken
     * @throws ForbiddenException      without the {@code administer} right
     */
    User create(NewUser user);

    /**
     * Changes a user's roles, grants, enabled state or (as a reset) password.
     *
     * @throws InvalidRequestException for no role, disabling yourself, a weak password or a bad grant
     * @throws ConflictException       when the change would leave no enabled administrator
     * @throws ForbiddenException      without the {@code administer} right
     * @throws NotFoundException       when there is no such user
     */
    User update(String username, UserChange change);

    /**
     * Deletes a user with their tokens and sessions.
     *
     * @throws InvalidRequestException when it is yourself
     * @throws ConflictException       when it is the last enabled administrator
     * @throws ForbiddenException      without the {@code administer} right
     * @throws NotFoundException       when there is no such user
     */
    void delete(String username);

    /**
     * Changes the acting user's own password, which needs the current one (administrators too). The user's other
     * sessions end and their API tokens are revoked; the result says which.
     *
     * @throws AuthenticationException when the current password is wrong
     * @throws InvalidRequestException for a weak password, one equal to the current, or when the actor is no user
     */
    PasswordChanged changePassword(String currentPassword, String newPassword);

    /**
     * Lifts every sign-in back-off of a user (from every client address).
     *
     * @throws ForbiddenException without the {@code administer} right
     * @throws NotFoundException  when there is no such user
     */
    User unlock(String username);

    /**
     * Break-glass for the host: makes a user an enabled administrator again, lifting their back-offs, and sets
     * their password when one is given. A user that does not exist is created (then a password is needed).
     *
     * @param username    the user
     * @param newPassword a new password, or {@code null} to keep the current one
     * @throws ForbiddenException unless the actor is the host (the command line on its data directory)
     */
    User restoreAdmin(String username, String newPassword);
}
