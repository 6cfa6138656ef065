package io.pcmops.http.api;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.pcmops.Changes;
import io.pcmops.ConflictException;
import io.pcmops.http.routing.Access;
import io.pcmops.http.routing.HttpKit;
import io.pcmops.http.shapes.Requests;
import io.pcmops.http.web.Bodies;
import io.pcmops.http.web.HttpProblem;
import io.pcmops.http.web.Lookups;
import io.pcmops.http.web.QueryParams;
import io.pcmops.http.web.Responses;
import io.pcmops.model.Change;
import java.io.StringReader;
import javax.inject.Inject;

/**
 * {@code /api/v1/changes}: change tickets and the machines they cover, from JSON or a change-ticket CSV. Runs made
 * under a ticket are listed by {@code GET /api/v1/runs?changeTicket=NUMBER}.
 */
public final class ChangesApi implements HttpService {

    private final HttpKit kit;
    private final ChangeInput input;

    @Inject
    public ChangesApi(HttpKit kit, ChangeInput input) {
        this.kit = kit;
        this.input = input;
    }

    @Override
    public void routing(HttpRules rules) {
        kit.on(rules)
                .get("/api/v1/changes", Access.VIEWER, this::list)
                .post("/api/v1/changes", Access.OPERATOR, this::create)
                .post("/api/v1/changes/import", Access.OPERATOR, this::importCsv)
                .post("/api/v1/changes/compare", Access.VIEWER, this::compare)
                .get("/api/v1/changes/{number}", Access.VIEWER, (req, res) -> kit.json(res, changes(req)
                        .get(number(req))))
                .put("/api/v1/changes/{number}", Access.OPERATOR, this::replace)
                .delete("/api/v1/changes/{number}", Access.OPERATOR, this::delete)
                .put("/api/v1/changes/{number}/status", Access.OPERATOR, this::status);
    }

    private void list(ServerRequest request, ServerResponse response) {
        QueryParams query = QueryParams.of(request);
        kit.json(response, changes(request).list(query.get("search").orElse(null), query.page()));
    }

    private void create(ServerRequest request, ServerResponse response) {
        Change change = input.json(request, null);
        Changes changes = changes(request);
        if (exists(changes, change.number())) {
            throw new ConflictException("change '" + change.number() + "' exists; PUT /api/v1/changes/"
                    + change.number() + " replaces it");
        }
        kit.json(response, Status.CREATED_201, changes.save(change));
    }

    private void replace(ServerRequest request, ServerResponse response) {
        Change change = input.json(request, number(request));
        Changes changes = changes(request);
        Status status = exists(changes, change.number()) ? Status.OK_200 : Status.CREATED_201;
        kit.json(response, status, changes.save(change));
    }

    private void importCsv(ServerRequest request, ServerResponse response) {
        String csv = input.csvText(request);
        Changes changes = changes(request);
        Status status = exists(changes, input.fromCsv(csv).number()) ? Status.OK_200 : Status.CREATED_201;
        String description = QueryParams.of(request).get("description").orElse(null);
        kit.json(response, status, changes.importCsv(new StringReader(csv), description));
    }

    private void compare(ServerRequest request, ServerResponse response) {
        boolean json = Bodies.contentType(request).contains("json");
        Change proposed = json ? input.json(request, null) : input.fromCsv(input.csvText(request));
        kit.json(response, changes(request).compare(proposed));
    }

    private void status(ServerRequest request, ServerResponse response) {
        Requests.ChangeStatusUpdate body = kit.bodies().json(request, Requests.ChangeStatusUpdate.class,
                "a status change {status}");
        if (body.status() == null) {
            throw HttpProblem.badRequest("status is required: new, approved, in-progress, completed or cancelled");
        }
        kit.json(response, changes(request).setStatus(number(request), body.status()));
    }

    private void delete(ServerRequest request, ServerResponse response) {
        changes(request).delete(number(request));
        Responses.noContent(response);
    }

    private static boolean exists(Changes changes, String number) {
        return Lookups.find(() -> changes.get(number)).isPresent();
    }

    private Changes changes(ServerRequest request) {
        return kit.library(request).changes();
    }

    private static String number(ServerRequest request) {
        return QueryParams.path(request, "number");
    }
}
