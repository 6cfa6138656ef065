package io.pcmops.http.ui;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.pcmops.Pcmops;
import io.pcmops.http.api.ProvidersApi;
import io.pcmops.http.view.Templates;
import io.pcmops.http.view.Views;
import io.pcmops.http.web.Access;
import io.pcmops.http.web.Callers;
import io.pcmops.http.web.QueryParams;
import io.pcmops.http.web.RouteGuard;
import io.pcmops.http.web.SelectorParams;
import io.pcmops.model.Selector;
import io.pcmops.model.TargetListing;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;

/** The targets browser: the CLI's selector fields as filters, with reachability. */
public final class FleetPages implements HttpService {

    static final List<String> FILTERS = List.of("provider", "partition", "accounts", "ou", "regions", "tag",
            "platform", "state", "ids", "names");
    private static final int SHOWN = 1000;

    private final RouteGuard guard;
    private final Templates templates;
    private final Callers callers;
    private final ProvidersApi providers;

    @Inject
    public FleetPages(RouteGuard guard, Templates templates, Callers callers, ProvidersApi providers) {
        this.guard = guard;
        this.templates = templates;
        this.callers = callers;
        this.providers = providers;
    }

    @Override
    public void routing(HttpRules rules) {
        guard.on(rules).get("/targets", Access.VIEWER, this::targets);
    }

    /** Returns the filter values of a request, by name. */
    static Map<String, String> filters(QueryParams query) {
        Map<String, String> values = new LinkedHashMap<>();
        FILTERS.forEach(name -> values.put(name, String.join(",", query.list(name))));
        return values;
    }

    private void targets(ServerRequest request, ServerResponse response) {
        QueryParams query = QueryParams.of(request);
        Map<String, String> filters = filters(query);
        List<String> enabled = providers.providers().stream().filter(ProvidersApi.ProviderView::enabled)
                .map(ProvidersApi.ProviderView::id).toList();
        if (filters.get("provider").isEmpty() && enabled.size() == 1) {
            filters.put("provider", enabled.get(0));
        }
        boolean listed = !filters.get("provider").isEmpty();
        Views.Targets view = listed ? listed(callers.library(request), filters, enabled, query)
                : new Views.Targets(filters, enabled, List.of(), 0, List.of(), List.of(), false, "");
        templates.page(request, response, "targets", "Targets", "targets", view);
    }

    private Views.Targets listed(Pcmops library, Map<String, String> filters, List<String> enabled,
                                 QueryParams query) {
        Selector selector = SelectorParams.read(query).withProvider(filters.get("provider"));
        TargetListing listing = library.targets().list(selector, query.flag("refresh")).join();
        return new Views.Targets(filters, enabled, listing.targets().stream().limit(SHOWN).toList(),
                listing.targets().size(), listing.errors(), listing.warnings(), true, RunForm.query(filters));
    }
}
