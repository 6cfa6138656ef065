package io.pcmops.http.security;

import io.helidon.http.SetCookie;
import io.helidon.webserver.http.ServerRequest;
import io.pcmops.http.config.ServerSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * The session cookie: the library's random session secret, HttpOnly, SameSite=Strict, path {@code /}. Under TLS it
 * is Secure and named with the {@code __Host-} prefix, so the browser only accepts it from this host over HTTPS
 * (a sibling subdomain cannot plant or shadow it).
 */
@Singleton
public final class SessionCookies {

    /** Name of the session cookie without TLS. */
    public static final String NAME = "pcmops_session";
    /** Name of the session cookie under TLS. */
    public static final String SECURE_NAME = "__Host-" + NAME;

    private final boolean secure;

    @Inject
    public SessionCookies(ServerSettings settings) {
        this.secure = settings.secureCookies();
    }

    /** Returns the cookie's name. */
    public String name() {
        return secure ? SECURE_NAME : NAME;
    }

    /** Returns the session secret a request carries, if any. */
    public Optional<String> read(ServerRequest request) {
        return request.headers().cookies().first(name()).asOptional().filter(v -> !v.isBlank());
    }

    /** Returns the cookie carrying a session secret. */
    public SetCookie cookie(String secret) {
        return base(secret).build();
    }

    /** Returns a cookie that clears the session cookie in the browser. */
    public SetCookie cleared() {
        return base("").maxAge(Duration.ZERO).expires(Instant.EPOCH).build();
    }

    private SetCookie.Builder base(String value) {
        return SetCookie.builder(name(), value).path("/").httpOnly(true).sameSite(SetCookie.SameSite.STRICT)
                .secure(secure);
    }
}
