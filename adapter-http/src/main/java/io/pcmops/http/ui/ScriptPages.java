package io.pcmops.http.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.pcmops.Scripts;
import io.pcmops.http.routing.Access;
import io.pcmops.http.routing.HttpKit;
import io.pcmops.http.view.Views;
import io.pcmops.http.web.FormData;
import io.pcmops.http.web.HttpProblem;
import io.pcmops.http.web.Paths;
import io.pcmops.http.web.QueryParams;
import io.pcmops.http.web.Responses;
import io.pcmops.model.ParameterSpec;
import io.pcmops.model.Script;
import io.pcmops.model.ScriptDefinition;
import io.pcmops.model.ScriptLanguage;
import java.util.List;
import javax.inject.Inject;

/** The script library: list, view a version, edit (a new version), delete. */
public final class ScriptPages implements HttpService {

    private final HttpKit kit;
    private static final TypeReference<List<ParameterSpec>> PARAMETERS = new TypeReference<>() {
    };

    private final ObjectMapper mapper;

    @Inject
    public ScriptPages(HttpKit kit, ObjectMapper mapper) {
        this.kit = kit;
        this.mapper = mapper;
    }

    @Override
    public void routing(HttpRules rules) {
        kit.on(rules)
                .get("/scripts", Access.VIEWER, (req, res) -> kit.templates().page(req, res, "scripts", "Scripts", "scripts",
                        scripts(req).list()))
                .get("/scripts/new", Access.OPERATOR, (req, res) -> kit.templates().page(req, res, "script-edit",
                        "New script", "scripts", new Views.ScriptEdit(true, "", "", "shell", "", "[]")))
                .post("/scripts", Access.OPERATOR, this::save)
                .get("/scripts/{name}", Access.VIEWER, this::show)
                .get("/scripts/{name}/edit", Access.OPERATOR, this::edit)
                .post("/scripts/{name}/delete", Access.OPERATOR, this::delete);
    }

    private void show(ServerRequest request, ServerResponse response) {
        Scripts scripts = scripts(request);
        String name = QueryParams.path(request, "name");
        List<Script> versions = scripts.versions(name);
        Script shown = QueryParams.of(request).integer("version").map(v -> scripts.get(name, v))
                .orElse(versions.get(versions.size() - 1));
        kit.templates().page(request, response, "script", shown.name(), "scripts",
                new Views.ScriptPage(shown, versions, shown.version() == versions.size()));
    }

    private void edit(ServerRequest request, ServerResponse response) throws JsonProcessingException {
        Script script = scripts(request).get(QueryParams.path(request, "name"));
        kit.templates().page(request, response, "script-edit", "Edit " + script.name(), "scripts", new Views.ScriptEdit(
                false, script.name(), script.description(), script.language().id(), script.body(),
                mapper.writerWithDefaultPrettyPrinter().writeValueAsString(script.parameters())));
    }

    private void save(ServerRequest request, ServerResponse response) {
        FormData form = kit.bodies().form(request);
        ScriptDefinition definition = new ScriptDefinition(form.require("name"), form.raw("description").orElse(""),
                ScriptLanguage.parse(form.require("language")), form.raw("body").orElse(""),
                parameters(form.get("parameters").orElse("[]")));
        Script saved = scripts(request).save(definition);
        Responses.redirect(response, "/scripts/" + Paths.segment(saved.name()));
    }

    private void delete(ServerRequest request, ServerResponse response) {
        scripts(request).delete(QueryParams.path(request, "name"));
        Responses.redirect(response, "/scripts");
    }

    private List<ParameterSpec> parameters(String json) {
        try {
            return mapper.readValue(json, PARAMETERS);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause();
            throw HttpProblem.badRequest(cause instanceof io.pcmops.PcmopsException ? cause.getMessage()
                    : "the parameters must be a JSON list of {name, type, required, defaultValue, allowedValues, "
                    + "pattern, description}");
        }
    }

    private Scripts scripts(ServerRequest request) {
        return kit.library(request).scripts();
    }
}
