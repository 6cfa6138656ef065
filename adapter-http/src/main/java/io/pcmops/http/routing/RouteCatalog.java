package io.pcmops.http.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.inject.Inject;
import javax.inject.Singleton;

/** Every route the server registered, with its access rule; tests sweep it and the OpenAPI check reads it. */
@Singleton
public final class RouteCatalog {

    private final List<RouteSpec> routes = new ArrayList<>();

    @Inject
    public RouteCatalog() {
    }

    synchronized void add(RouteSpec route) {
        routes.add(route);
    }

    /**
     * Returns the methods routed at a concrete path, e.g. {@code [DELETE, GET]} for {@code /api/v1/scripts/x}: those
     * of the most specific templates that fit it (fixed segments win over parameters, so
     * {@code /api/v1/changes/compare} is not taken for a change number).
     */
    public synchronized Set<String> methodsAt(String path) {
        int best = routes.stream().filter(route -> route.matches(path)).mapToInt(RouteSpec::fixedSegments).max()
                .orElse(-1);
        Set<String> methods = new TreeSet<>();
        for (RouteSpec route : routes) {
            if (route.matches(path) && route.fixedSegments() == best) {
                methods.add(route.method().text());
            }
        }
        return methods;
    }

    /** Returns the routes in registration order. */
    public synchronized List<RouteSpec> routes() {
        return List.copyOf(routes);
    }
}
