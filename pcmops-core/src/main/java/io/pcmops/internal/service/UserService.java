package io.pcmops.internal.service;

import io.pcmops.ForbiddenException;
import io.pcmops.InvalidRequestException;
import io.pcmops.NotFoundException;
import io.pcmops.Users;
import io.pcmops.internal.security.PasswordPolicy;
import io.pcmops.internal.security.UserRegistry;
import io.pcmops.internal.util.Ids;
import io.pcmops.model.Actor;
import io.pcmops.model.ApiToken;
import io.pcmops.model.EndedSessions;
import io.pcmops.model.NewUser;
import io.pcmops.model.PasswordChanged;
import io.pcmops.model.Right;
import io.pcmops.model.Role;
import io.pcmops.model.User;
import io.pcmops.model.UserChange;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link Users}: the rules every adapter shares, checked for the acting {@link Actor} and audited. */
public final class UserService implements Users {

    private final UserRegistry registry;
    private final Actor actor;

    public UserService(UserRegistry registry, Actor actor) {
        this.registry = registry;
        this.actor = actor;
    }

    @Override
    public List<User> list() {
        actor.require(Right.ADMINISTER, "list users");
        return registry.users().list();
    }

    @Override
    public User get(String username) {
        if (!username.equals(actor.name()) || actor.host()) {
            actor.require(Right.ADMINISTER, "read other users");
        }
        return existing(username);
    }

    @Override
    public User create(NewUser request) {
        actor.require(Right.ADMINISTER, "create users");
        User.checkUsername(request.username());
        Set<Role> roles = UserRules.requireRole(request.roles());
        UserRules.checkGrants(roles, request.grants());
        String hash = registry.hasher().hash(PasswordPolicy.check("password", request.password()));
        User user = registry.users().insert(new User(Ids.next("u", registry.clock()), request.username(), roles,
                request.grants(), request.mustChangePassword(), false, registry.clock().instant()), hash);
        registry.audit(actor.name(), "user.create", user.username(), "ok", UserRules.describe(user));
        return user;
    }

    @Override
    public User update(String username, UserChange change) {
        actor.require(Right.ADMINISTER, "change users");
        User user = existing(username);
        UserRules.checkChange(user, change, self(user));
        User updated = registry.users().update(user.id(), change.roles(), change.grants(), change.disabled());
        if (Boolean.TRUE.equals(change.disabled())) {
            registry.endCredentials(user.id(), actor, false, true);
        }
        if (change.password() != null) {
            updated = registry.users().setPassword(user.id(), registry.hasher().hash(change.password()), true);
            registry.endCredentials(user.id(), actor, true, false);
        }
        registry.audit(actor.name(), "user.update", user.username(), "ok", UserRules.changes(change));
        return updated;
    }

    @Override
    public void delete(String username) {
        actor.require(Right.ADMINISTER, "delete users");
        User user = existing(username);
        if (self(user)) {
            throw new InvalidRequestException("you cannot delete yourself");
        }
        Set<String> sessions = registry.users().delete(user.id());
        registry.events().publish(new EndedSessions(user.id(), sessions, Set.of(), true));
        registry.audit(actor.name(), "user.delete", user.username(), "ok", Map.of());
    }

    @Override
    public PasswordChanged changePassword(String currentPassword, String newPassword) {
        if (actor.host()) {
            throw new InvalidRequestException("only a signed-in user changes their own password; the host sets "
                    + "passwords with a reset or restore-admin");
        }
        User user = registry.users().byId(actor.userId())
                .orElseThrow(() -> new NotFoundException("no user '" + actor.name() + "'"));
        if (currentPassword == null || !registry.hasher().verify(currentPassword,
                registry.users().passwordHash(user.id()).orElse(""))) {
            registry.audit(actor.name(), "password.change", user.username(), "wrong password", Map.of());
            throw new ForbiddenException("the current password is wrong");
        }
        if (currentPassword.equals(newPassword)) {
            throw new InvalidRequestException("the new password must differ from the current one");
        }
        String hash = registry.hasher().hash(PasswordPolicy.check("newPassword", newPassword));
        User updated = registry.users().setPassword(user.id(), hash, false);
        UserRegistry.Ended ended = registry.endCredentials(user.id(), actor, true, false);
        registry.audit(actor.name(), "password.change", user.username(), "ok", Map.of(
                "endedSessions", Integer.toString(ended.sessions()), "revokedTokens", ids(ended.tokens())));
        return new PasswordChanged(updated, ended.sessions(), ended.tokens());
    }

    @Override
    public User unlock(String username) {
        actor.require(Right.ADMINISTER, "lift sign-in back-offs");
        User user = existing(username);
        int addresses = registry.backoff().clearAll(user.id());
        registry.audit(actor.name(), "user.unlock", user.username(), "ok",
                Map.of("addresses", Integer.toString(addresses)));
        return user;
    }

    @Override
    public User restoreAdmin(String username, String newPassword) {
        if (!actor.host()) {
            throw new ForbiddenException("only the host restores an admin: run 'pcmops users restore-admin' on the "
                    + "data directory");
        }
        User.checkUsername(username);
        User user = registry.users().find(username).orElse(null);
        if (user == null) {
            if (newPassword == null) {
                throw new InvalidRequestException("user '" + username + "' does not exist; give a password to create it");
            }
            return create(new NewUser(username, newPassword, Set.of(Role.ADMIN), Set.of(), false));
        }
        Set<Role> roles = EnumSet.of(Role.ADMIN);
        roles.addAll(user.roles());
        User restored = registry.users().update(user.id(), roles, null, false);
        registry.backoff().clearAll(user.id());
        if (newPassword != null) {
            restored = registry.users().setPassword(user.id(),
                    registry.hasher().hash(PasswordPolicy.check("password", newPassword)), false);
            registry.endCredentials(user.id(), actor, true, false);
        }
        registry.audit(actor.name(), "user.restore-admin", username, "ok",
                Map.of("password", newPassword == null ? "kept" : "set"));
        return restored;
    }

    private boolean self(User user) {
        return user.id().equals(actor.userId());
    }

    private User existing(String username) {
        return registry.users().find(username).orElseThrow(() -> new NotFoundException("no user '" + username + "'"));
    }

    private static String ids(List<ApiToken> tokens) {
        return tokens.stream().map(ApiToken::id).collect(Collectors.joining(","));
    }
}
