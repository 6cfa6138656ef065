package io.pcmops.http.security;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.pcmops.http.web.Bodies;
import io.pcmops.http.web.HttpProblem;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * Checks the CSRF token of a state-changing request made with a session cookie: the {@code X-CSRF-Token} header
 * (htmx and scripts) or the {@code _csrf} form field (plain forms). Bearer-token requests are exempt.
 */
@Singleton
public final class Csrf {

    /** Header carrying the token. */
    public static final HeaderName HEADER = HeaderNames.create("X-CSRF-Token");
    /** Form field carrying the token. */
    public static final String FIELD = "_csrf";

    private final Bodies bodies;

    @Inject
    public Csrf(Bodies bodies) {
        this.bodies = bodies;
    }

    /** Fails with 403 unless the request carries the session's token. */
    public void verify(ServerRequest request, Principal principal) {
        if (!principal.viaSession()) {
            return;
        }
        String given = request.headers().first(HEADER).orElse(null);
        if (given == null && Bodies.contentType(request).startsWith("application/x-www-form-urlencoded")) {
            given = bodies.form(request).raw(FIELD).orElse(null);
        }
        if (given == null) {
            throw HttpProblem.csrf("the CSRF token is missing: send the X-CSRF-Token header (from GET "
                    + "/api/v1/auth/me) or the _csrf form field");
        }
        if (!SecretTokens.same(principal.csrfToken(), given)) {
            throw HttpProblem.csrf("the CSRF token does not match this session");
        }
    }
}
