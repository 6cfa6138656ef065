package io.pcmops.http.ui;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.pcmops.Runs;
import io.pcmops.http.api.RunFilters;
import io.pcmops.http.api.RunsApi;
import io.pcmops.http.routing.Access;
import io.pcmops.http.routing.HttpKit;
import io.pcmops.http.view.PageLinks;
import io.pcmops.http.view.Views;
import io.pcmops.http.web.Paths;
import io.pcmops.http.web.QueryParams;
import io.pcmops.http.web.Responses;
import io.pcmops.model.Run;
import io.pcmops.model.RunQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;

/** Runs: the list, a run's page (live over SSE), its targets, grouped outputs and one target's output. */
public final class RunPages implements HttpService {

    private final HttpKit kit;
    private final RunLive live;

    @Inject
    public RunPages(HttpKit kit, RunLive live) {
        this.kit = kit;
        this.live = live;
    }

    @Override
    public void routing(HttpRules rules) {
        kit.on(rules)
                .get("/runs", Access.VIEWER, this::list)
                .get("/runs/{id}", Access.VIEWER, this::run)
                .get("/runs/{id}/live", Access.VIEWER, live::stream)
                .get("/runs/{id}/targets", Access.VIEWER, (req, res) -> kit.templates().fragment(req, res, "run-targets",
                        live.targets(runs(req), QueryParams.path(req, "id"), QueryParams.of(req))))
                .get("/runs/{id}/groups", Access.VIEWER, (req, res) -> kit.templates().fragment(req, res, "run-groups",
                        new Views.Groups(id(req), runs(req).outputGroups(id(req)))))
                .get("/runs/{id}/targets/{targetId}", Access.VIEWER, this::output)
                .post("/runs/{id}/cancel", Access.OPERATOR, this::cancel)
                .post("/runs/{id}/retry", Access.OPERATOR, this::retry);
    }

    private void list(ServerRequest request, ServerResponse response) {
        QueryParams query = QueryParams.of(request);
        RunQuery filter = RunFilters.query(query);
        Map<String, String> filters = new LinkedHashMap<>();
        List.of("status", "requestedBy", "changeTicket").forEach(name -> filters.put(name,
                String.join(",", query.list(name))));
        var page = runs(request).list(filter);
        PageLinks links = PageLinks.of(RunForm.query(filters), page);
        kit.templates().page(request, response, "runs", "Runs", "runs", new Views.Runs(page, filters, links.next(),
                links.previous()));
    }

    private void run(ServerRequest request, ServerResponse response) {
        Runs runs = runs(request);
        Run run = runs.get(id(request));
        kit.templates().page(request, response, "run", "Run " + run.id(), "runs", new Views.RunPage(run,
                RunLive.progress(run), live.targets(runs, run.id(), QueryParams.of(request))));
    }

    private void output(ServerRequest request, ServerResponse response) {
        Runs runs = runs(request);
        Run run = runs.get(id(request));
        kit.templates().page(request, response, "output", "Output", "runs",
                new Views.Output(run, runs.output(run.id(), QueryParams.path(request, "targetId"))));
    }

    private void cancel(ServerRequest request, ServerResponse response) {
        runs(request).cancel(id(request));
        Responses.redirect(response, "/runs/" + Paths.segment(id(request)));
    }

    private void retry(ServerRequest request, ServerResponse response) {
        List<String> scopes = kit.bodies().form(request).all("scope");
        Run retried = runs(request).retry(id(request), RunsApi.scopes(scopes)).join();
        Responses.redirect(response, "/runs/" + Paths.segment(retried.id()));
    }

    private Runs runs(ServerRequest request) {
        return kit.library(request).runs();
    }

    private static String id(ServerRequest request) {
        return QueryParams.path(request, "id");
    }
}
