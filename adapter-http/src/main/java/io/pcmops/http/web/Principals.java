package io.pcmops.http.web;

import io.helidon.webserver.http.ServerRequest;
import io.pcmops.http.security.Principal;
import java.util.Optional;

/** Reads the authenticated caller that {@link AuthenticationFilter} put in the request context. */
public final class Principals {

    private Principals() {
    }

    /** Returns the caller, if signed in. */
    public static Optional<Principal> find(ServerRequest request) {
        return request.context().get(Principal.class);
    }

    /** Returns the caller; routes guarded by {@link GuardedRules} always have one. */
    public static Principal of(ServerRequest request) {
        return find(request).orElseThrow(() -> HttpProblem.unauthorized("sign in first"));
    }
}
