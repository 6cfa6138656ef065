package io.pcmops.http.routing;

import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.ServerRequest;
import io.pcmops.http.contract.ApiDocument;
import io.pcmops.http.contract.OperationContract;
import io.pcmops.http.security.Csrf;
import io.pcmops.http.security.Principal;
import io.pcmops.http.security.Principals;
import io.pcmops.http.web.Bodies;
import io.pcmops.http.web.HttpProblem;

/**
 * Registers routes with who may call them. Every handler is wrapped: the caller must be signed in (unless the route
 * is public), hold the route's role, have changed a forced password, and send the CSRF token on state-changing
 * requests made with a session cookie; an API request must then match its operation in the OpenAPI document, which
 * must describe every API route (the server does not start otherwise). Each route is also recorded in the
 * {@link RouteCatalog}.
 */
public final class GuardedRules {

    private final HttpRules rules;
    private final RouteCatalog catalog;
    private final Csrf csrf;
    private final ApiDocument document;
    private final Bodies bodies;

    GuardedRules(HttpRules rules, RouteCatalog catalog, Csrf csrf, ApiDocument document, Bodies bodies) {
        this.rules = rules;
        this.catalog = catalog;
        this.csrf = csrf;
        this.document = document;
        this.bodies = bodies;
    }

    public GuardedRules get(String path, Access access, Handler handler) {
        return route(Method.GET, path, access, handler);
    }

    public GuardedRules post(String path, Access access, Handler handler) {
        return route(Method.POST, path, access, handler);
    }

    public GuardedRules put(String path, Access access, Handler handler) {
        return route(Method.PUT, path, access, handler);
    }

    public GuardedRules patch(String path, Access access, Handler handler) {
        return route(Method.PATCH, path, access, handler);
    }

    public GuardedRules delete(String path, Access access, Handler handler) {
        return route(Method.DELETE, path, access, handler);
    }

    private GuardedRules route(Method method, String path, Access access, Handler handler) {
        RouteSpec route = new RouteSpec(method, path, access);
        OperationContract contract = route.api() ? document.operation(method, path).orElseThrow(() ->
                new IllegalStateException("the route " + method.text() + " " + path + " is not described in the "
                        + "OpenAPI document " + ApiDocument.RESOURCE + "; describe it there first")) : null;
        catalog.add(route);
        rules.route(method, path, (request, response) -> {
            guard(method, access, request);
            if (contract != null) {
                contract.check(request, bodies);
            }
            handler.handle(request, response);
        });
        return this;
    }

    private void guard(Method method, Access access, ServerRequest request) {
        if (access != Access.PUBLIC) {
            Principal principal = Principals.of(request);
            if (principal.user().mustChangePassword() && access != Access.SIGNED_IN) {
                throw HttpProblem.passwordChangeRequired();
            }
            if (!principal.has(access.role())) {
                throw HttpProblem.forbidden("this needs the " + access.role().id() + " role; you are "
                        + principal.name() + " with " + principal.user().roles().stream().map(r -> r.id()).sorted()
                        .toList());
            }
            if (method != Method.GET && method != Method.HEAD) {
                csrf.verify(request, principal);
            }
        }
    }
}
