package io.pcmops.http.routing;

import io.helidon.webserver.http.HttpRules;
import io.pcmops.http.security.Csrf;
import javax.inject.Inject;
import javax.inject.Singleton;

/** Hands each service the {@link GuardedRules} it registers its routes with. */
@Singleton
public final class RouteGuard {

    private final RouteCatalog catalog;
    private final Csrf csrf;

    @Inject
    public RouteGuard(RouteCatalog catalog, Csrf csrf) {
        this.catalog = catalog;
        this.csrf = csrf;
    }

    /** Returns guarded rules over Helidon's rules. */
    public GuardedRules on(HttpRules rules) {
        return new GuardedRules(rules, catalog, csrf);
    }
}
