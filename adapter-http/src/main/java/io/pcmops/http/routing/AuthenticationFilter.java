package io.pcmops.http.routing;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.pcmops.http.security.Authenticator;
import io.pcmops.http.security.Principal;
import io.pcmops.http.web.HttpProblem;
import io.pcmops.http.web.Paths;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * Authenticates every request and stops anonymous ones at any path that is not public, registered or not: the API
 * answers 401, pages redirect to the sign-in page.
 */
@Singleton
public final class AuthenticationFilter implements Filter {

    private final Authenticator authenticator;
    private final ErrorMapping errors;

    @Inject
    public AuthenticationFilter(Authenticator authenticator, ErrorMapping errors) {
        this.authenticator = authenticator;
        this.errors = errors;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        String path = request.path().path();
        if (Paths.isAsset(path)) {
            chain.proceed();
            return;
        }
        Optional<Principal> principal;
        try {
            principal = authenticator.authenticate(request);
        } catch (HttpProblem problem) {
            if (!Paths.isPublic(path)) {
                errors.handle(request, response, problem);
                return;
            }
            principal = Optional.empty();
        }
        principal.ifPresent(p -> request.context().register(p));
        if (principal.isEmpty() && !Paths.isPublic(path)) {
            if (Paths.isApi(path)) {
                errors.handle(request, response, HttpProblem.unauthorized("sign in first: send a session cookie "
                        + "(POST /api/v1/auth/login) or an 'Authorization: Bearer <API token>' header"));
            } else {
                redirectToLogin(request, response);
            }
            return;
        }
        chain.proceed();
    }

    private static void redirectToLogin(RoutingRequest request, RoutingResponse response) {
        if (request.headers().contains(HeaderNames.create("HX-Request"))) {
            response.header("HX-Redirect", "/login");
            response.status(Status.UNAUTHORIZED_401).send();
            return;
        }
        response.header(HeaderNames.LOCATION, "/login");
        response.status(Status.SEE_OTHER_303).send();
    }
}
