package io.pcmops.http.api;

import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.pcmops.Runs;
import io.pcmops.http.routing.Access;
import io.pcmops.http.routing.HttpKit;
import io.pcmops.http.security.Principals;
import io.pcmops.http.shapes.Requests;
import io.pcmops.http.web.HttpProblem;
import io.pcmops.http.web.QueryParams;
import io.pcmops.model.ExportFormat;
import io.pcmops.model.InvocationQuery;
import io.pcmops.model.RetryScope;
import io.pcmops.model.RunRequest;
import java.util.EnumSet;
import java.util.Set;
import javax.inject.Inject;

/** {@code /api/v1/runs}: start, list, follow, cancel, retry and export runs. */
public final class RunsApi implements HttpService {

    private final HttpKit kit;
    private final RunOutputs outputs;
    private final FinishedRuns finished;

    @Inject
    public RunsApi(HttpKit kit, RunOutputs outputs, FinishedRuns finished) {
        this.kit = kit;
        this.outputs = outputs;
        this.finished = finished;
    }

    @Override
    public void routing(HttpRules rules) {
        kit.on(rules)
                .post("/api/v1/runs", Access.OPERATOR, this::start)
                .get("/api/v1/runs", Access.VIEWER,
                        (req, res) -> kit.json(res, runs(req).list(RunFilters.query(QueryParams.of(req)))))
                .get("/api/v1/runs/{id}", Access.VIEWER,
                        (req, res) -> kit.responses().json(res, finished.run(runs(req), id(req))))
                .get("/api/v1/runs/{id}/invocations", Access.VIEWER, this::invocations)
                .get("/api/v1/runs/{id}/invocations/{targetId}/output", Access.VIEWER, outputs::output)
                .get("/api/v1/runs/{id}/output-groups", Access.VIEWER,
                        (req, res) -> kit.json(res, runs(req).outputGroups(id(req))))
                .get("/api/v1/runs/{id}/script", Access.VIEWER,
                        (req, res) -> kit.json(res, runs(req).script(id(req))))
                .post("/api/v1/runs/{id}/cancel", Access.OPERATOR,
                        (req, res) -> kit.json(res, Status.ACCEPTED_202, runs(req).cancel(id(req))))
                .post("/api/v1/runs/{id}/retry", Access.OPERATOR, this::retry)
                .get("/api/v1/runs/{id}/export", Access.VIEWER, this::export)
                .get("/api/v1/runs/{id}/events", Access.VIEWER, outputs::events);
    }

    /** Parses retry scopes ({@code failed}, {@code timed-out}…); none means {@code failed}. */
    public static Set<RetryScope> scopes(Iterable<String> names) {
        Set<RetryScope> scopes = EnumSet.noneOf(RetryScope.class);
        names.forEach(name -> scopes.add(RetryScope.parse(name)));
        return scopes.isEmpty() ? EnumSet.of(RetryScope.FAILED) : scopes;
    }

    private void start(ServerRequest request, ServerResponse response) {
        RunRequest body = kit.bodies().json(request, RunRequest.class, "a run request {planId | selector, script, "
                + "parameters, options, changeTicket}");
        RunRequest owned = body.withRequestedBy(Principals.of(request).name());
        kit.json(response, Status.ACCEPTED_202, runs(request).start(owned).join());
    }

    private void invocations(ServerRequest request, ServerResponse response) {
        QueryParams query = QueryParams.of(request);
        InvocationQuery filter = new InvocationQuery(RunFilters.states(query.list("state")),
                query.get("search").orElse(null), query.page());
        kit.responses().json(response, finished.invocations(runs(request), id(request), filter));
    }

    private void retry(ServerRequest request, ServerResponse response) {
        Requests.Retry body = kit.bodies().json(request, Requests.Retry.class, "a retry {scopes}");
        Set<RetryScope> scopes = scopes(body.scopes() == null ? java.util.List.of() : body.scopes());
        kit.json(response, Status.ACCEPTED_202, runs(request).retry(id(request), scopes).join());
    }

    private void export(ServerRequest request, ServerResponse response) throws Exception {
        String format = QueryParams.of(request).get("format")
                .orElseThrow(() -> HttpProblem.badRequest("query parameter 'format' is required: csv, json, md or html"));
        ExportFormat parsed = ExportFormat.parse(format);
        Runs runs = runs(request);
        String id = id(request);
        runs.get(id);
        response.headers().set(HeaderValues.create(HeaderNames.CONTENT_TYPE, parsed.mediaType() + "; charset=UTF-8"));
        response.headers().set(HeaderValues.create(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"run-"
                + id.replaceAll("[^A-Za-z0-9_-]", "_") + "." + parsed.extension() + "\""));
        try (var out = response.outputStream()) {
            runs.export(id, parsed, out);
        }
    }

    private Runs runs(ServerRequest request) {
        return kit.library(request).runs();
    }

    private static String id(ServerRequest request) {
        return QueryParams.path(request, "id");
    }

}
