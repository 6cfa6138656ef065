package io.pcmops.http.testing;

import io.pcmops.http.routing.RouteSpec;

/** Helpers for sweeping the route catalog. */
public final class Routes {

    private Routes() {
    }

    /** Returns a route's path with every parameter replaced by {@code value}. */
    public static String concrete(RouteSpec route, String value) {
        return route.path().replaceAll("\\{[^}]+}", value);
    }
}
