package io.pcmops.internal.service;

import io.pcmops.AuthenticationException;
import io.pcmops.InvalidRequestException;
import io.pcmops.internal.security.PasswordPolicy;
import io.pcmops.internal.security.SignInBackoff;
import io.pcmops.internal.security.UserRegistry;
import io.pcmops.model.User;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a user name and password: refuses at once what cannot be valid (recording nothing), then checks the
 * address's back-off and the Argon2id hash, audits the attempt, and counts a failure against the address. Every
 * refusal has the same message and costs about the same time.
 */
final class SignInCheck {

    static final String REFUSED = "sign-in failed: wrong user name or password, or the account is disabled, or "
            + "this address must wait after too many failures";

    private final UserRegistry registry;

    SignInCheck(UserRegistry registry) {
        this.registry = registry;
    }

    User check(String username, String password, String client) {
        User.checkUsername(username);
        if (password == null || password.isEmpty()
                || password.codePointCount(0, password.length()) > PasswordPolicy.MAX_LENGTH) {
            throw new InvalidRequestException("the password must have 1-" + PasswordPolicy.MAX_LENGTH
                    + " characters");
        }
        String from = SignInBackoff.clientKey(client);
        User user = registry.users().find(username).orElse(null);
        if (user == null || user.disabled()) {
            refuse(username, password, from, user == null ? "unknown user" : "disabled");
        }
        Optional<Instant> waiting = registry.backoff().waitUntil(user.id(), from);
        if (waiting.isPresent()) {
            refuse(username, password, from, "address must wait until " + waiting.get());
        }
        if (!registry.hasher().verify(password, registry.users().passwordHash(user.id()).orElse(""))) {
            Optional<Instant> until = registry.backoff().fail(user.id(), from);
            audit(username, "login.failed", from, "wrong password");
            until.ifPresent(at -> audit(username, "login.backoff", from, "address must wait until " + at));
            throw new AuthenticationException(REFUSED);
        }
        registry.backoff().succeed(user.id(), from);
        audit(username, "login.ok", from, "ok");
        return user;
    }

    private void refuse(String username, String password, String client, String reason) {
        registry.hasher().verifyDummy(password);
        audit(username, "login.failed", client, reason);
        throw new AuthenticationException(REFUSED);
    }

    private void audit(String username, String action, String client, String result) {
        registry.audit(username, action, username, result, Map.of("client", client));
    }
}
