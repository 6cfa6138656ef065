package io.pcmops.http.ui;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.pcmops.Changes;
import io.pcmops.http.api.ChangeInput;
import io.pcmops.http.routing.Access;
import io.pcmops.http.routing.HttpKit;
import io.pcmops.http.view.PageLinks;
import io.pcmops.http.view.Views;
import io.pcmops.http.web.FormData;
import io.pcmops.http.web.Paths;
import io.pcmops.http.web.QueryParams;
import io.pcmops.http.web.Responses;
import io.pcmops.model.Change;
import io.pcmops.model.ChangeStatus;
import io.pcmops.model.Page;
import io.pcmops.model.PageRequest;
import io.pcmops.model.Run;
import io.pcmops.model.RunQuery;
import java.io.StringReader;
import javax.inject.Inject;

/**
 * Change tickets: the list with its search and the CSV import (compared with the stored ticket first, if wanted),
 * and one ticket's page with its machines, status and runs, from where a script is launched on its machines.
 */
public final class ChangePages implements HttpService {

    private static final int SHOWN = 500;
    private static final int RUNS = 20;

    private final HttpKit kit;
    private final ChangeInput input;

    @Inject
    public ChangePages(HttpKit kit, ChangeInput input) {
        this.kit = kit;
        this.input = input;
    }

    @Override
    public void routing(HttpRules rules) {
        kit.on(rules)
                .get("/changes", Access.VIEWER, this::list)
                .post("/changes/compare", Access.OPERATOR, this::compare)
                .post("/changes/import", Access.OPERATOR, this::importCsv)
                .get("/changes/{number}", Access.VIEWER, this::show)
                .post("/changes/{number}/status", Access.OPERATOR, this::status)
                .post("/changes/{number}/delete", Access.OPERATOR, this::delete);
    }

    private void list(ServerRequest request, ServerResponse response) {
        QueryParams query = QueryParams.of(request);
        String search = query.get("search").orElse("");
        Page<Change> page = changes(request).list(search, query.page());
        PageLinks links = PageLinks.of(search.isEmpty() ? "" : "search=" + Paths.segment(search), page);
        kit.templates().page(request, response, "changes", "Changes", "changes",
                new Views.Changes(page, search, links));
    }

    private void compare(ServerRequest request, ServerResponse response) {
        FormData form = kit.bodies().form(request);
        String csv = csv(form);
        kit.templates().page(request, response, "change-compare", "Compare change", "changes",
                new Views.ChangeCompare(changes(request).compare(input.fromCsv(csv)), csv,
                        form.raw("description").orElse("")));
    }

    private void importCsv(ServerRequest request, ServerResponse response) {
        FormData form = kit.bodies().form(request);
        Change change = changes(request).importCsv(new StringReader(csv(form)), form.get("description").orElse(null));
        Responses.redirect(response, link(change.number()));
    }

    private void show(ServerRequest request, ServerResponse response) {
        Change change = changes(request).get(number(request));
        RunQuery runs = RunQuery.latest().withChangeTicket(change.number()).withPage(PageRequest.of(0, RUNS));
        kit.templates().page(request, response, "change", "Change " + change.number(), "changes",
                new Views.ChangePage(change, kit.library(request).runs().list(runs), SHOWN));
    }

    private void status(ServerRequest request, ServerResponse response) {
        ChangeStatus status = ChangeStatus.parse(kit.bodies().form(request).require("status"));
        changes(request).setStatus(number(request), status);
        Responses.redirect(response, link(number(request)));
    }

    private void delete(ServerRequest request, ServerResponse response) {
        changes(request).delete(number(request));
        Responses.redirect(response, "/changes");
    }

    private static String csv(FormData form) {
        form.require("csv");
        return form.raw("csv").orElseThrow();
    }

    private static String link(String number) {
        return "/changes/" + Paths.segment(number);
    }

    private Changes changes(ServerRequest request) {
        return kit.library(request).changes();
    }

    private static String number(ServerRequest request) {
        return QueryParams.path(request, "number");
    }
}
