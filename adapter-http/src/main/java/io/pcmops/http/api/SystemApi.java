package io.pcmops.http.api;

import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.pcmops.Pcmops;
import io.pcmops.PcmopsException;
import io.pcmops.http.contract.ApiDocument;
import io.pcmops.http.routing.Access;
import io.pcmops.http.routing.HttpKit;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.inject.Inject;

/** {@code /health} (public), {@code /metrics} (Prometheus text) and {@code /openapi} (the API's description). */
public final class SystemApi implements HttpService {

    private final HttpKit kit;
    private final Pcmops pcm;
    private final Metrics metrics;
    private final byte[] openapi;

    @Inject
    public SystemApi(HttpKit kit, Pcmops pcm, Metrics metrics, ApiDocument document) {
        this.kit = kit;
        this.pcm = pcm;
        this.metrics = metrics;
        this.openapi = document.yaml();
    }

    @Override
    public void routing(HttpRules rules) {
        kit.on(rules)
                .get("/health", Access.PUBLIC, this::health)
                .get("/metrics", Access.VIEWER, this::metrics)
                .get("/openapi", Access.VIEWER, this::openapi);
    }

    private void health(ServerRequest request, ServerResponse response) {
        Map<String, Object> body = new LinkedHashMap<>();
        boolean storeUp = storeReachable();
        body.put("status", storeUp ? "UP" : "DOWN");
        body.put("checks", Map.of("liveness", "UP", "store", storeUp ? "UP" : "DOWN"));
        kit.json(response, storeUp ? Status.OK_200 : Status.SERVICE_UNAVAILABLE_503, body);
    }

    private boolean storeReachable() {
        try {
            pcm.sessions().find("health-probe");
            return true;
        } catch (PcmopsException e) {
            return false;
        }
    }

    private void metrics(ServerRequest request, ServerResponse response) {
        response.headers().set(HeaderValues.create(HeaderNames.CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8"));
        response.send(metrics.text());
    }

    private void openapi(ServerRequest request, ServerResponse response) {
        response.headers().set(HeaderValues.create(HeaderNames.CONTENT_TYPE, "application/yaml; charset=UTF-8"));
        response.send(openapi);
    }
}
