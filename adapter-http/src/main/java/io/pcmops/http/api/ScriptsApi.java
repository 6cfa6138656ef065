package io.pcmops.http.api;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.pcmops.ConflictException;
import io.pcmops.Scripts;
import io.pcmops.http.routing.Access;
import io.pcmops.http.routing.HttpKit;
import io.pcmops.http.web.HttpProblem;
import io.pcmops.http.web.Lookups;
import io.pcmops.http.web.QueryParams;
import io.pcmops.http.web.Responses;
import io.pcmops.model.ScriptDefinition;
import java.util.Map;
import javax.inject.Inject;

/** {@code /api/v1/scripts}: the script library, versioned by content. */
public final class ScriptsApi implements HttpService {

    private final HttpKit kit;
    private static final String SHAPE = "a script {name, description, language, body, parameters}";


    @Inject
    public ScriptsApi(HttpKit kit) {
        this.kit = kit;
    }

    @Override
    public void routing(HttpRules rules) {
        kit.on(rules)
                .get("/api/v1/scripts", Access.VIEWER, (req, res) -> kit.json(res, scripts(req).list()))
                .post("/api/v1/scripts", Access.OPERATOR, this::create)
                .get("/api/v1/scripts/{name}", Access.VIEWER,
                        (req, res) -> kit.json(res, scripts(req).get(name(req))))
                .put("/api/v1/scripts/{name}", Access.OPERATOR, this::update)
                .delete("/api/v1/scripts/{name}", Access.OPERATOR, this::delete)
                .get("/api/v1/scripts/{name}/versions", Access.VIEWER,
                        (req, res) -> kit.json(res, scripts(req).versions(name(req))))
                .get("/api/v1/scripts/{name}/versions/{version}", Access.VIEWER, this::version);
    }

    private void create(ServerRequest request, ServerResponse response) {
        ScriptDefinition definition = kit.bodies().json(request, ScriptDefinition.class, SHAPE);
        Scripts scripts = scripts(request);
        if (Lookups.find(() -> scripts.get(definition.name())).isPresent()) {
            throw new ConflictException("script '" + definition.name() + "' exists; PUT /api/v1/scripts/"
                    + definition.name() + " saves a new version");
        }
        kit.json(response, Status.CREATED_201, scripts.save(definition));
    }

    private void update(ServerRequest request, ServerResponse response) {
        ScriptDefinition definition = kit.bodies().json(request, ScriptDefinition.class, SHAPE);
        String name = name(request);
        if (!definition.name().equals(name)) {
            throw HttpProblem.badRequest("the body's name '" + definition.name() + "' differs from the path's '"
                    + name + "'", Map.of("field", "name"));
        }
        Scripts scripts = scripts(request);
        scripts.get(name);
        kit.json(response, scripts.save(definition));
    }

    private void delete(ServerRequest request, ServerResponse response) {
        scripts(request).delete(name(request));
        Responses.noContent(response);
    }

    private void version(ServerRequest request, ServerResponse response) {
        int version = parse(request);
        kit.json(response, scripts(request).get(name(request), version));
    }

    private static int parse(ServerRequest request) {
        try {
            return Integer.parseInt(QueryParams.path(request, "version"));
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest("the version must be a whole number", Map.of("parameter", "version"));
        }
    }

    private Scripts scripts(ServerRequest request) {
        return kit.library(request).scripts();
    }

    private static String name(ServerRequest request) {
        return QueryParams.path(request, "name");
    }
}
