package io.pcmops.http.security;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.pcmops.Pcmops;
import io.pcmops.http.web.HttpProblem;
import java.util.Locale;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Singleton;

/** Finds who is calling: an {@code Authorization: Bearer} API token, else the session cookie; the library decides. */
@Singleton
public final class Authenticator {

    private final Pcmops pcm;
    private final SessionCookies cookies;

    @Inject
    public Authenticator(Pcmops pcm, SessionCookies cookies) {
        this.pcm = pcm;
        this.cookies = cookies;
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
        return cookies.read(request).flatMap(secret -> pcm.sessions().resume(secret)
                .map(who -> Principal.of(who, secret)));
    }

    private Principal bearer(String header) {
        String[] parts = header.trim().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].toLowerCase(Locale.ROOT).equals("bearer")) {
            throw HttpProblem.unauthorized("the Authorization header must be 'Bearer <API token>'");
        }
        return pcm.tokens().authenticate(parts[1]).map(who -> Principal.of(who, null)).orElseThrow(() ->
                HttpProblem.unauthorized("the API token is unknown, expired or revoked, or its user is disabled"));
    }
}
