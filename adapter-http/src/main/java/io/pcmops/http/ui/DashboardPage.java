package io.pcmops.http.ui;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.pcmops.Runs;
import io.pcmops.http.api.ProvidersApi;
import io.pcmops.http.routing.Access;
import io.pcmops.http.routing.HttpKit;
import io.pcmops.http.view.Views;
import io.pcmops.model.PageRequest;
import io.pcmops.model.RunQuery;
import io.pcmops.model.RunStatus;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;

/** The dashboard: recent runs, runs by status, providers, and the fleet summary (loaded by htmx). */
public final class DashboardPage implements HttpService {

    private final HttpKit kit;
    private final ProvidersApi providers;
    private final FleetSummary fleet;

    @Inject
    public DashboardPage(HttpKit kit, ProvidersApi providers, FleetSummary fleet) {
        this.kit = kit;
        this.providers = providers;
        this.fleet = fleet;
    }

    @Override
    public void routing(HttpRules rules) {
        kit.on(rules)
                .get("/", Access.VIEWER, this::dashboard)
                .get("/fleet", Access.VIEWER, (req, res) -> kit.templates().fragment(req, res, "fleet",
                        fleet.summarise(kit.library(req))));
    }

    private void dashboard(ServerRequest request, ServerResponse response) {
        Runs runs = kit.library(request).runs();
        Map<RunStatus, Long> byStatus = new EnumMap<>(RunStatus.class);
        for (RunStatus status : RunStatus.values()) {
            byStatus.put(status, runs.list(RunQuery.latest().withStatuses(Set.of(status))
                    .withPage(new PageRequest(0, 1))).total());
        }
        Views.Dashboard view = new Views.Dashboard(runs.list(RunQuery.latest().withPage(new PageRequest(0, 10)))
                .items(), byStatus, providers.providers());
        kit.templates().page(request, response, "dashboard", "Dashboard", "dashboard", view);
    }
}
