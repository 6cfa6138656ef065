package io.pcmops.http.api;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.pcmops.http.web.Access;
import io.pcmops.http.web.Bodies;
import io.pcmops.http.web.Callers;
import io.pcmops.http.web.QueryParams;
import io.pcmops.http.web.Responses;
import io.pcmops.http.web.RouteGuard;
import io.pcmops.model.Selector;
import javax.inject.Inject;

/** {@code /api/v1/plans}: a selector resolved into a frozen target list with its blast radius. */
public final class PlansApi implements HttpService {

    private final RouteGuard guard;
    private final Bodies bodies;
    private final Responses responses;
    private final Callers callers;

    @Inject
    public PlansApi(RouteGuard guard, Bodies bodies, Responses responses, Callers callers) {
        this.guard = guard;
        this.bodies = bodies;
        this.responses = responses;
        this.callers = callers;
    }

    @Override
    public void routing(HttpRules rules) {
        guard.on(rules)
                .post("/api/v1/plans", Access.OPERATOR, this::create)
                .get("/api/v1/plans/{id}", Access.VIEWER, (req, res) -> responses.json(res,
                        callers.library(req).plans().get(QueryParams.path(req, "id"))));
    }

    private void create(ServerRequest request, ServerResponse response) {
        Selector selector = bodies.json(request, Selector.class, "a selector {provider, partition, accounts, ou, "
                + "regions, tags, platform, state, ids, names}");
        responses.json(response, Status.CREATED_201, callers.library(request).plans().create(selector).join());
    }
}
