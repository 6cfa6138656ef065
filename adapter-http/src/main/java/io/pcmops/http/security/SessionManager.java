package io.pcmops.http.security;

import io.helidon.http.SetCookie;
import io.pcmops.Pcmops;
import io.pcmops.http.config.ServerSettings;
import io.pcmops.model.Session;
import io.pcmops.model.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * Server-side sessions in the library's store. The cookie holds a random value; the store keeps its SHA-256, so a
 * copy of the store opens no session. Sessions end after the idle timeout or their lifetime.
 */
@Singleton
public final class SessionManager {

    /** Name of the session cookie. */
    public static final String COOKIE = "pcmops_session";

    private static final Duration TOUCH_EVERY = Duration.ofSeconds(30);

    private final Pcmops pcm;
    private final ServerSettings settings;
    private final Clock clock;

    @Inject
    public SessionManager(Pcmops pcm, ServerSettings settings, Clock clock) {
        this.pcm = pcm;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * A session just opened.
     *
     * @param cookieValue the value to send in the cookie (never stored)
     * @param session     the stored session
     */
    public record Opened(String cookieValue, Session session) {
    }

    /** Opens a new session for a user, ending the one the browser had (the id is rotated at every sign-in). */
    public Opened open(User user, Optional<String> previousCookie) {
        previousCookie.ifPresent(value -> pcm.sessions().delete(SecretTokens.hash(value)));
        String value = SecretTokens.random();
        Instant now = clock.instant();
        Session session = pcm.sessions().create(new Session(SecretTokens.hash(value), user.id(),
                SecretTokens.random(), now, now, now.plus(settings.sessionLifetime())));
        return new Opened(value, session);
    }

    /** Returns the active session a cookie names, recording the activity; expired sessions are deleted. */
    public Optional<Session> resume(String cookieValue) {
        String key = SecretTokens.hash(cookieValue);
        Optional<Session> found = pcm.sessions().find(key);
        Instant now = clock.instant();
        if (found.isPresent() && !found.get().activeAt(now, settings.idleTimeout())) {
            pcm.sessions().delete(key);
            return Optional.empty();
        }
        found.filter(s -> s.lastSeenAt().plus(TOUCH_EVERY).isBefore(now)).ifPresent(s -> pcm.sessions().touch(key, now));
        return found;
    }

    /** Ends a session. */
    public void close(String sessionKey) {
        pcm.sessions().delete(sessionKey);
    }

    /** Returns the cookie carrying a session. */
    public SetCookie cookie(String value) {
        return base(value).build();
    }

    /** Returns a cookie that clears the session cookie in the browser. */
    public SetCookie cleared() {
        return base("").maxAge(Duration.ZERO).expires(Instant.EPOCH).build();
    }

    /** Deletes sessions that have expired or gone idle. */
    public int purge() {
        Instant now = clock.instant();
        return pcm.sessions().purge(now, now.minus(settings.idleTimeout()));
    }

    private SetCookie.Builder base(String value) {
        return SetCookie.builder(COOKIE, value).path("/").httpOnly(true).sameSite(SetCookie.SameSite.STRICT)
                .secure(settings.secureCookies());
    }
}
