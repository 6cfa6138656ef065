package io.pcmops.http.security;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.pcmops.Pcmops;
import io.pcmops.http.web.HttpProblem;
import io.pcmops.model.ApiToken;
import io.pcmops.model.Session;
import io.pcmops.model.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Singleton;

/** Finds who is calling: an {@code Authorization: Bearer} API token, else the session cookie. */
@Singleton
public final class Authenticator {

    private static final Duration TOUCH_EVERY = Duration.ofSeconds(30);

    private final Pcmops pcm;
    private final SessionManager sessions;
    private final Clock clock;

    @Inject
    public Authenticator(Pcmops pcm, SessionManager sessions, Clock clock) {
        this.pcm = pcm;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * Returns the caller, or empty for an anonymous request.
     *
     * @throws HttpProblem 401 when an {@code Authorization} header is present but not a usable token
     */
    public Optional<Principal> authenticate(ServerRequest request) {
        Optional<String> authorization = request.headers().first(HeaderNames.AUTHORIZATION);
        if (authorization.isPresent()) {
            return Optional.of(bearer(authorization.get()));
        }
        return sessionCookie(request).flatMap(sessions::resume).flatMap(this::fromSession);
    }

    /** Returns the session cookie's value, if the request has one. */
    public static Optional<String> sessionCookie(ServerRequest request) {
        return request.headers().cookies().first(SessionManager.COOKIE).asOptional().filter(v -> !v.isBlank());
    }

    private Principal bearer(String header) {
        String[] parts = header.trim().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].toLowerCase(Locale.ROOT).equals("bearer")) {
            throw HttpProblem.unauthorized("the Authorization header must be 'Bearer <API token>'");
        }
        Instant now = clock.instant();
        ApiToken token = pcm.tokens().findByHash(SecretTokens.hash(parts[1].trim()))
                .filter(t -> t.usableAt(now))
                .orElseThrow(() -> HttpProblem.unauthorized("the API token is unknown, expired or revoked"));
        User user = pcm.users().byId(token.userId()).filter(u -> !u.disabled())
                .orElseThrow(() -> HttpProblem.unauthorized("the API token's user is disabled or deleted"));
        if (token.lastUsedAt() == null || token.lastUsedAt().plus(TOUCH_EVERY).isBefore(now)) {
            pcm.tokens().touch(token.id(), now);
        }
        return new Principal(user, null, null, token.id());
    }

    private Optional<Principal> fromSession(Session session) {
        return pcm.users().byId(session.userId()).filter(u -> !u.disabled())
                .map(user -> new Principal(user, session.id(), session.csrfToken(), null));
    }
}
