package io.pcmops.http.api;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.pcmops.http.routing.Access;
import io.pcmops.http.routing.HttpKit;
import io.pcmops.http.web.QueryParams;
import io.pcmops.model.Selector;
import javax.inject.Inject;

/** {@code /api/v1/plans}: a selector resolved into a frozen target list with its blast radius. */
public final class PlansApi implements HttpService {

    private final HttpKit kit;

    @Inject
    public PlansApi(HttpKit kit) {
        this.kit = kit;
    }

    @Override
    public void routing(HttpRules rules) {
        kit.on(rules)
                .post("/api/v1/plans", Access.OPERATOR, this::create)
                .get("/api/v1/plans/{id}", Access.VIEWER, (req, res) -> kit.json(res,
                        kit.library(req).plans().get(QueryParams.path(req, "id"))));
    }

    private void create(ServerRequest request, ServerResponse response) {
        Selector selector = kit.bodies().json(request, Selector.class, "a selector {provider, partition, accounts, ou, "
                + "regions, tags, platform, state, ids, names}");
        kit.json(response, Status.CREATED_201, kit.library(request).plans().create(selector).join());
    }
}
