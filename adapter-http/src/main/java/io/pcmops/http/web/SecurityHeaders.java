package io.pcmops.http.web;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.pcmops.http.config.ServerSettings;
import javax.inject.Inject;
import javax.inject.Singleton;

/** Puts the security headers on every response: a strict CSP without inline script, HSTS under TLS, and friends. */
@Singleton
public final class SecurityHeaders implements Filter {

    /** The Content-Security-Policy: only this origin's files, no inline script or style, no framing. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; "
            + "form-action 'self'";

    /** HSTS under TLS: browsers use HTTPS only for this host for a year. */
    public static final String HSTS = "max-age=31536000; includeSubDomains";

    private final boolean tls;

    @Inject
    public SecurityHeaders(ServerSettings settings) {
        this.tls = settings.network().tls();
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        response.header("Content-Security-Policy", CSP);
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "no-referrer");
        response.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        response.header("X-Frame-Options", "DENY");
        response.header("Cross-Origin-Opener-Policy", "same-origin");
        if (tls) {
            response.header("Strict-Transport-Security", HSTS);
        }
        if (!request.path().path().startsWith("/webjars/") && !request.path().path().startsWith("/static/")) {
            response.header(HeaderNames.CACHE_CONTROL, "no-store");
        }
        chain.proceed();
    }
}
