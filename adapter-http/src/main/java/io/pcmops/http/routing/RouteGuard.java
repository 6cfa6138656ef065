package io.pcmops.http.routing;

import io.helidon.webserver.http.HttpRules;
import io.pcmops.http.contract.ApiDocument;
import io.pcmops.http.security.Csrf;
import io.pcmops.http.web.Bodies;
import javax.inject.Inject;
import javax.inject.Singleton;

/** Hands each service the {@link GuardedRules} it registers its routes with. */
@Singleton
public final class RouteGuard {

    private final RouteCatalog catalog;
    private final Csrf csrf;
    private final ApiDocument document;
    private final Bodies bodies;

    @Inject
    public RouteGuard(RouteCatalog catalog, Csrf csrf, ApiDocument document, Bodies bodies) {
        this.catalog = catalog;
        this.csrf = csrf;
        this.document = document;
        this.bodies = bodies;
    }

    /** Returns guarded rules over Helidon's rules. */
    public GuardedRules on(HttpRules rules) {
        return new GuardedRules(rules, catalog, csrf, document, bodies);
    }
}
