package io.pcmops.http.routing;

import java.util.ArrayList;
import java.util.List;
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

    /** Returns the routes in registration order. */
    public synchronized List<RouteSpec> routes() {
        return List.copyOf(routes);
    }
}
