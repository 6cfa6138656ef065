package io.pcmops.http.security;

import io.pcmops.Pcmops;
import io.pcmops.http.web.HttpProblem;
import io.pcmops.model.AuditEntry;
import io.pcmops.model.Role;
import io.pcmops.model.User;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Singleton;

/** User accounts as the server manages them: creation with hashed passwords, password changes, audit. */
@Singleton
public final class AccountService {

    /** File holding the generated password of the first admin, until it is changed. */
    public static final String INITIAL_PASSWORD_FILE = "initial-admin-password";
    /** Name of the administrator created at first start. */
    public static final String FIRST_ADMIN = "admin";

    private final Pcmops pcm;
    private final PasswordHasher hasher;

    @Inject
    public AccountService(Pcmops pcm, PasswordHasher hasher) {
        this.pcm = pcm;
        this.hasher = hasher;
    }

    /** Creates a user with a password that meets the policy. */
    public User create(String actor, String username, String password, Set<Role> roles, boolean mustChange) {
        if (roles.isEmpty()) {
            throw HttpProblem.badRequest("a user needs at least one role: viewer, operator or admin");
        }
        User user = pcm.users().create(username, hasher.hash(PasswordPolicy.check("password", password)), roles,
                mustChange);
        pcm.audit().append(AuditEntry.of(actor, "user.create", username, "ok"));
        return user;
    }

    /** Changes one's own password after checking the current one; other sessions of the user end. */
    public User changeOwn(User user, String current, String replacement) {
        if (!hasher.verify(current, pcm.users().passwordHash(user.id()).orElse(""))) {
            pcm.audit().append(AuditEntry.of(user.username(), "password.change", user.username(), "wrong password"));
            throw HttpProblem.forbidden("the current password is wrong");
        }
        if (current.equals(replacement)) {
            throw HttpProblem.badRequest("the new password must differ from the current one");
        }
        User updated = set(user.username(), user, replacement, false);
        if (user.username().equals(FIRST_ADMIN)) {
            forgetInitialPassword();
        }
        return updated;
    }

    /** Sets another user's password (an administrator's reset); they must change it at next sign-in. */
    public User reset(String actor, User user, String replacement) {
        return set(actor, user, replacement, true);
    }

    private User set(String actor, User user, String replacement, boolean mustChange) {
        User updated = pcm.users().setPassword(user.id(), hasher.hash(PasswordPolicy.check("newPassword",
                replacement)), mustChange);
        pcm.sessions().deleteAllOf(user.id());
        pcm.audit().append(AuditEntry.of(actor, "password.change", user.username(), "ok"));
        return updated;
    }

    private void forgetInitialPassword() {
        try {
            Files.deleteIfExists(pcm.dataDirectory().resolve(INITIAL_PASSWORD_FILE));
        } catch (IOException e) {
            System.getLogger(AccountService.class.getName()).log(System.Logger.Level.WARNING,
                    "could not delete " + INITIAL_PASSWORD_FILE + ": " + e.getMessage());
        }
    }

    /** Returns the data directory's file with the first admin's password. */
    public Path initialPasswordFile() {
        return pcm.dataDirectory().resolve(INITIAL_PASSWORD_FILE);
    }
}
