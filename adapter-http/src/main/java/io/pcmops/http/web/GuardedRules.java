package io.pcmops.http.web;

import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.pcmops.http.security.Principal;
import io.pcmops.model.Right;
import io.pcmops.model.Role;

/**
 * Registers routes with who may call them. Every handler is wrapped: the caller must be signed in (unless the route
 * is public), hold the right of the route's role (a token may carry fewer rights than its user), have changed a forced password, and send the CSRF token on state-changing
 * requests made with a session cookie. Each route is also recorded in the {@link RouteCatalog}.
 */
public final class GuardedRules {

    private final HttpRules rules;
    private final RouteCatalog catalog;
    private final Csrf csrf;

    GuardedRules(HttpRules rules, RouteCatalog catalog, Csrf csrf) {
        this.rules = rules;
        this.catalog = catalog;
        this.csrf = csrf;
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
        catalog.add(new RouteSpec(method, path, access));
        rules.route(method, path, (request, response) -> guarded(method, access, handler, request, response));
        return this;
    }

    private void guarded(Method method, Access access, Handler handler, ServerRequest request,
                         ServerResponse response) throws Exception {
        if (access != Access.PUBLIC) {
            Principal principal = Principals.of(request);
            if (principal.user().mustChangePassword() && access != Access.SIGNED_IN) {
                throw HttpProblem.passwordChangeRequired();
            }
            if (access.right() != null && !principal.may(access.right())) {
                throw HttpProblem.forbidden("this needs the " + access.role().id() + " role ('" + access.right().id()
                        + "' right); you are " + principal.name() + " with " + Role.format(principal.user().roles())
                        + (principal.viaSession() ? "" : ", through a token with " + Right.format(
                        principal.actor().rights())));
            }
            if (method != Method.GET && method != Method.HEAD) {
                csrf.verify(request, principal);
            }
        }
        handler.handle(request, response);
    }
}
