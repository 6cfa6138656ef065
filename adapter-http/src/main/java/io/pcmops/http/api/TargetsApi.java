package io.pcmops.http.api;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.pcmops.http.routing.Access;
import io.pcmops.http.routing.HttpKit;
import io.pcmops.http.web.QueryParams;
import io.pcmops.http.web.SelectorParams;
import java.io.StringReader;
import javax.inject.Inject;

/** {@code /api/v1/targets}: targets with reachability, selected as on the command line, and CSV target lists. */
public final class TargetsApi implements HttpService {

    private final HttpKit kit;

    @Inject
    public TargetsApi(HttpKit kit) {
        this.kit = kit;
    }

    @Override
    public void routing(HttpRules rules) {
        kit.on(rules)
                .get("/api/v1/targets", Access.VIEWER, this::list)
                .post("/api/v1/targets/csv", Access.VIEWER, this::csv);
    }

    private void list(ServerRequest request, ServerResponse response) {
        QueryParams query = QueryParams.of(request);
        kit.json(response, kit.library(request).targets()
                .list(SelectorParams.read(query), query.flag("refresh")).join());
    }

    private void csv(ServerRequest request, ServerResponse response) {
        String text = kit.bodies().text(request);
        kit.json(response, kit.library(request).targets().readCsv(new StringReader(text)));
    }
}
