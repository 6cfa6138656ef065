package io.pcmops.http.ui;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.pcmops.Pcmops;
import io.pcmops.http.api.ProvidersApi;
import io.pcmops.http.routing.Access;
import io.pcmops.http.routing.HttpKit;
import io.pcmops.http.security.Principals;
import io.pcmops.http.view.Views;
import io.pcmops.http.web.Paths;
import io.pcmops.http.web.QueryParams;
import io.pcmops.http.web.Responses;
import io.pcmops.model.Change;
import io.pcmops.model.Plan;
import io.pcmops.model.Run;
import io.pcmops.model.RunRequest;
import io.pcmops.model.ScriptChoice;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.inject.Inject;

/**
 * The run launcher: fill in targets (or take a change ticket's machines) and script, preview the plan (blast radius),
 * then confirm. The confirmation starts the run from the previewed plan's id, so it runs on exactly the previewed
 * targets.
 */
public final class LaunchPages implements HttpService {

    private final HttpKit kit;
    private static final int SHOWN = 200;

    private final ProvidersApi providers;

    @Inject
    public LaunchPages(HttpKit kit, ProvidersApi providers) {
        this.kit = kit;
        this.providers = providers;
    }

    @Override
    public void routing(HttpRules rules) {
        kit.on(rules)
                .get("/runs/new", Access.OPERATOR, this::launcher)
                .post("/runs/preview", Access.OPERATOR, this::preview)
                .post("/runs/start", Access.OPERATOR, this::start);
    }

    private void launcher(ServerRequest request, ServerResponse response) {
        QueryParams query = QueryParams.of(request);
        Pcmops library = kit.library(request);
        Map<String, String> form = new LinkedHashMap<>(FleetPages.filters(query));
        form.put("saved", query.get("script").orElse(""));
        form.put("scriptMode", form.get("saved").isEmpty() ? "inline" : "saved");
        Change change = query.get("change").map(number -> library.changes().get(number)).orElse(null);
        kit.templates().page(request, response, "run-new", "New run", "launch", new Views.Launch(form,
                library.scripts().list(), providers.providers(), change));
    }

    private void preview(ServerRequest request, ServerResponse response) {
        RunForm form = new RunForm(kit.bodies().form(request));
        Pcmops library = kit.library(request);
        ScriptChoice script = form.script();
        RunRequest.onPlan("check", script).withOptions(form.options()).withParameters(form.parameters())
                .withChangeTicket(form.changeTicket());
        Plan plan = library.plans().create(form.selector(library)).join();
        Map<String, String> confirm = new LinkedHashMap<>(form.carried());
        confirm.put("planId", plan.id());
        confirm.put("changeTicket", Objects.toString(form.changeTicket(), ""));
        String described = script.saved() != null ? script.saved() + (script.version() == null ? " (latest)"
                : " version " + script.version()) : "inline " + script.language().id() + " script";
        kit.templates().page(request, response, "run-preview", "Preview run", "launch",
                new Views.Preview(plan, confirm, described, SHOWN));
    }

    private void start(ServerRequest request, ServerResponse response) {
        var fields = kit.bodies().form(request);
        RunForm form = new RunForm(fields);
        RunRequest run = new RunRequest(fields.require("planId"), null, form.script(), form.parameters(),
                form.options(), form.changeTicket(), Principals.of(request).name());
        Run started = kit.library(request).runs().start(run).join();
        Responses.redirect(response, "/runs/" + Paths.segment(started.id()));
    }
}
