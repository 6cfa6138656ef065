package io.pcmops.http.api;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.pcmops.NotFoundException;
import io.pcmops.Pcmops;
import io.pcmops.http.routing.Access;
import io.pcmops.http.routing.HttpKit;
import io.pcmops.http.shapes.ProviderView;
import io.pcmops.http.shapes.Requests;
import io.pcmops.http.web.HttpProblem;
import io.pcmops.http.web.QueryParams;
import io.pcmops.model.ProviderInfo;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;

/** {@code /api/v1/providers}: registered providers, whether they are enabled, and their settings (admin). */
public final class ProvidersApi implements HttpService {

    private final HttpKit kit;
    private final Pcmops pcm;

    @Inject
    public ProvidersApi(HttpKit kit, Pcmops pcm) {
        this.kit = kit;
        this.pcm = pcm;
    }

    @Override
    public void routing(HttpRules rules) {
        kit.on(rules)
                .get("/api/v1/providers", Access.VIEWER, (req, res) -> kit.json(res, providers()))
                .get("/api/v1/providers/{id}/settings", Access.ADMIN,
                        (req, res) -> kit.json(res, pcm.settings().get(known(req))))
                .put("/api/v1/providers/{id}/settings/{key}", Access.ADMIN, this::put)
                .delete("/api/v1/providers/{id}/settings/{key}", Access.ADMIN, this::remove);
    }

    /** Returns every registered provider with its state. */
    public List<ProviderView> providers() {
        return pcm.providers().stream().map(this::view).toList();
    }

    /** Turns a provider on or off, on behalf of a user. */
    public void enable(Pcmops library, String providerId, boolean enabled) {
        known(providerId);
        library.settings().put(providerId, "enabled", Boolean.toString(enabled));
    }

    private ProviderView view(ProviderInfo info) {
        return new ProviderView(info.id(), info.displayName(), info.description(), pcm.providerEnabled(info.id()),
                info.apiCalls());
    }

    private void put(ServerRequest request, ServerResponse response) {
        Requests.SettingValue body = kit.bodies().json(request, Requests.SettingValue.class, "a setting {value}");
        if (body.value() == null) {
            throw HttpProblem.badRequest("value is required");
        }
        String id = known(request);
        kit.library(request).settings().put(id, QueryParams.path(request, "key"), body.value());
        kit.json(response, pcm.settings().get(id));
    }

    private void remove(ServerRequest request, ServerResponse response) {
        String id = known(request);
        kit.library(request).settings().remove(id, QueryParams.path(request, "key"));
        kit.json(response, pcm.settings().get(id));
    }

    private String known(ServerRequest request) {
        return known(QueryParams.path(request, "id"));
    }

    private String known(String id) {
        if (pcm.providers().stream().noneMatch(p -> p.id().equals(id))) {
            throw new NotFoundException("no provider '" + id + "'");
        }
        return id;
    }
}
