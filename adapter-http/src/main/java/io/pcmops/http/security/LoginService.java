package io.pcmops.http.security;

import io.pcmops.Pcmops;
import io.pcmops.http.config.ServerSettings;
import io.pcmops.http.web.HttpProblem;
import io.pcmops.model.AuditEntry;
import io.pcmops.model.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * Signs users in: throttles attempts, checks the Argon2id hash, counts failures and locks the user after too many,
 * audits every attempt, and opens a fresh session. Every refusal answers the same message, so a caller cannot tell
 * an unknown user from a wrong password or a locked account.
 */
@Singleton
public final class LoginService {

    private static final String REFUSED = "sign-in failed: wrong user name or password, or the account is locked "
            + "or disabled";

    private final Pcmops pcm;
    private final PasswordHasher hasher;
    private final LoginLimiter limiter;
    private final SessionManager sessions;
    private final ServerSettings.LoginPolicy policy;
    private final Clock clock;

    @Inject
    public LoginService(Pcmops pcm, PasswordHasher hasher, LoginLimiter limiter, SessionManager sessions,
                        ServerSettings settings, Clock clock) {
        this.pcm = pcm;
        this.hasher = hasher;
        this.limiter = limiter;
        this.sessions = sessions;
        this.policy = settings.login();
        this.clock = clock;
    }

    /**
     * Signs a user in.
     *
     * @throws HttpProblem 429 when throttled, 401 when refused
     */
    public SessionManager.Opened login(String username, String password, String client,
                                       Optional<String> previousCookie) {
        Optional<Duration> wait = limiter.acquire(username, client);
        if (wait.isPresent()) {
            audit(username, "login.throttled", client, "refused");
            throw HttpProblem.tooManyRequests("too many sign-in attempts; try again later", wait.get());
        }
        User user = pcm.users().find(username).orElse(null);
        if (user == null || user.disabled() || locked(user)) {
            hasher.verifyDummy(password);
            audit(username, "login.failed", client, user == null ? "unknown user" : user.disabled() ? "disabled"
                    : "locked");
            throw HttpProblem.unauthorized(REFUSED);
        }
        if (!hasher.verify(password, pcm.users().passwordHash(user.id()).orElse(""))) {
            fail(user, client);
        }
        pcm.users().recordSuccessfulLogin(user.id());
        audit(username, "login.ok", client, "ok");
        return sessions.open(user, previousCookie);
    }

    private boolean locked(User user) {
        return user.lockedUntil() != null && user.lockedUntil().isAfter(clock.instant());
    }

    private void fail(User user, String client) {
        boolean lock = user.failedLogins() + 1 >= policy.lockoutAfter();
        Instant until = lock ? clock.instant().plus(policy.lockoutDuration()) : null;
        pcm.users().recordFailedLogin(user.id(), until);
        audit(user.username(), "login.failed", client, "wrong password");
        if (lock) {
            audit(user.username(), "login.lockout", client, "locked until " + until);
        }
        throw HttpProblem.unauthorized(REFUSED);
    }

    private void audit(String username, String action, String client, String result) {
        String actor = username == null || username.isBlank() ? "(none)" : username;
        pcm.audit().append(new AuditEntry(actor.length() > 64 ? actor.substring(0, 64) : actor, action, actor,
                "", null, result, Map.of("client", client)));
    }
}
