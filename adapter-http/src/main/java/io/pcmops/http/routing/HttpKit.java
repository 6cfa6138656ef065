package io.pcmops.http.routing;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.pcmops.Pcmops;
import io.pcmops.http.view.Templates;
import io.pcmops.http.web.Bodies;
import io.pcmops.http.web.Responses;
import javax.inject.Inject;
import javax.inject.Singleton;

/** What every API and page service uses: guarded routes, bodies, JSON answers, templates, the caller's library. */
@Singleton
public final class HttpKit {

    private final RouteGuard guard;
    private final Bodies bodies;
    private final Responses responses;
    private final Callers callers;
    private final Templates templates;

    @Inject
    public HttpKit(RouteGuard guard, Bodies bodies, Responses responses, Callers callers, Templates templates) {
        this.guard = guard;
        this.bodies = bodies;
        this.responses = responses;
        this.callers = callers;
        this.templates = templates;
    }

    /** Returns guarded rules over Helidon's rules. */
    public GuardedRules on(HttpRules rules) {
        return guard.on(rules);
    }

    /** Sends a value as JSON with status 200. */
    public void json(ServerResponse response, Object value) {
        responses.json(response, value);
    }

    /** Sends a value as JSON with the given status. */
    public void json(ServerResponse response, Status status, Object value) {
        responses.json(response, status, value);
    }

    /** Returns the library acting as the request's user. */
    public Pcmops library(ServerRequest request) {
        return callers.library(request);
    }

    public Bodies bodies() {
        return bodies;
    }

    public Responses responses() {
        return responses;
    }

    public Templates templates() {
        return templates;
    }
}
