package io.pcmops.http.security;

import io.pcmops.Pcmops;
import io.pcmops.http.web.HttpProblem;
import io.pcmops.model.SignedIn;
import io.pcmops.model.User;
import java.time.Duration;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * Signs users in over HTTP: a user name that cannot be valid is refused before anything is throttled or audited;
 * then the client address's attempts are throttled (throttled attempts are summarised in the audit log); the
 * library checks the password with its back-off per user and address, audits the attempt and opens the session.
 */
@Singleton
public final class LoginService {

    private final Pcmops pcm;
    private final LoginLimiter limiter;
    private final ThrottleAudit throttled;

    @Inject
    public LoginService(Pcmops pcm, LoginLimiter limiter, ThrottleAudit throttled) {
        this.pcm = pcm;
        this.limiter = limiter;
        this.throttled = throttled;
    }

    /**
     * Signs a user in.
     *
     * @throws HttpProblem 429 when the address is throttled; the library's 400 and 401 otherwise
     */
    public SignedIn login(String username, String password, String client, Optional<String> previousSecret) {
        User.checkUsername(username);
        Optional<Duration> wait = limiter.acquire(client);
        if (wait.isPresent()) {
            throttled.throttled(client);
            throw HttpProblem.tooManyRequests("too many sign-in attempts from this address; try again later",
                    wait.get());
        }
        return pcm.sessions().signIn(username, password, client, previousSecret);
    }
}
