package io.pcmops.http.security;

import io.helidon.webserver.http.ServerRequest;
import io.pcmops.http.web.HttpProblem;
import java.util.Optional;

/** Reads the authenticated caller that the authentication filter put in the request context. */
public final class Principals {

    private Principals() {
    }

    /** Returns the caller, if signed in. */
    public static Optional<Principal> find(ServerRequest request) {
        return request.context().get(Principal.class);
    }

    /** Returns the caller; routes guarded by {@code GuardedRules} always have one. */
    public static Principal of(ServerRequest request) {
        return find(request).orElseThrow(() -> HttpProblem.unauthorized("sign in first"));
    }
}
