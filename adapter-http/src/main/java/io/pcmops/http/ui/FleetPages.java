package io.pcmops.http.ui;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.pcmops.Pcmops;
import io.pcmops.http.api.ProvidersApi;
import io.pcmops.http.routing.Access;
import io.pcmops.http.routing.HttpKit;
import io.pcmops.http.shapes.ProviderView;
import io.pcmops.http.view.Views;
import io.pcmops.http.web.QueryParams;
import io.pcmops.http.web.SelectorParams;
import io.pcmops.model.Selector;
import io.pcmops.model.TargetListing;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;

/** The targets browser: the CLI's selector fields as filters, with reachability. */
public final class FleetPages implements HttpService {

    private final HttpKit kit;
    static final List<String> FILTERS = List.of("provider", "partition", "accounts", "ou", "regions", "tag",
            "platform", "state", "ids", "names");
    private static final int SHOWN = 1000;

    private final ProvidersApi providers;

    @Inject
    public FleetPages(HttpKit kit, ProvidersApi providers) {
        this.kit = kit;
        this.providers = providers;
    }

    @Override
    public void routing(HttpRules rules) {
        kit.on(rules).get("/targets", Access.VIEWER, this::targets);
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
        List<String> enabled = providers.providers().stream().filter(ProviderView::enabled)
                .map(ProviderView::id).toList();
        if (filters.get("provider").isEmpty() && enabled.size() == 1) {
            filters.put("provider", enabled.get(0));
        }
        boolean listed = !filters.get("provider").isEmpty();
        Views.Targets view = listed ? listed(kit.library(request), filters, enabled, query)
                : new Views.Targets(filters, enabled, List.of(), 0, List.of(), List.of(), false, "");
        kit.templates().page(request, response, "targets", "Targets", "targets", view);
    }

    private Views.Targets listed(Pcmops library, Map<String, String> filters, List<String> enabled,
                                 QueryParams query) {
        Selector selector = SelectorParams.read(query).withProvider(filters.get("provider"));
        TargetListing listing = library.targets().list(selector, query.flag("refresh")).join();
        return new Views.Targets(filters, enabled, listing.targets().stream().limit(SHOWN).toList(),
                listing.targets().size(), listing.errors(), listing.warnings(), true, RunForm.query(filters));
    }
}
