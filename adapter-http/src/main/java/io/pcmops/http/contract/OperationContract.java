package io.pcmops.http.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.http.ServerRequest;
import io.pcmops.http.web.Bodies;
import io.pcmops.http.web.HttpProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the document says one operation accepts: its path and query parameters and its request body. A request that
 * does not match fails with a 400 (or a 415 for a body type it does not list) naming what was wrong.
 */
public final class OperationContract {

    private final String label;
    private final List<ParameterContract> parameters;
    private final BodyContract body;

    private OperationContract(String label, List<ParameterContract> parameters, BodyContract body) {
        this.label = label;
        this.parameters = List.copyOf(parameters);
        this.body = body;
    }

    static OperationContract of(ApiDocument document, String label, String pointer, JsonNode operation,
                                JsonNode pathItem) {
        List<ParameterContract> parameters = new ArrayList<>();
        String pathPointer = pointer.substring(0, pointer.lastIndexOf('/'));
        add(document, parameters, pathItem.path("parameters"), pathPointer + "/parameters");
        add(document, parameters, operation.path("parameters"), pointer + "/parameters");
        JsonNode requestBody = operation.path("requestBody");
        BodyContract body = requestBody.isObject()
                ? BodyContract.of(document, requestBody, pointer + "/requestBody") : null;
        return new OperationContract(label, parameters, body);
    }

    /** Returns the operation, e.g. {@code POST /api/v1/runs}. */
    public String label() {
        return label;
    }

    /** Returns the media types its request body may have, or none when it takes no body. */
    public Set<String> bodyTypes() {
        return body == null ? Set.of() : body.mediaTypes();
    }

    /** Checks a request against the operation, reading its body when it has one. */
    public void check(ServerRequest request, Bodies bodies) {
        checkQueryNames(request);
        Map<String, String> path = new HashMap<>();
        request.path().pathParameters().toMap().forEach((name, values) -> path.put(name, values.get(0)));
        for (ParameterContract parameter : parameters) {
            parameter.check(request, path);
        }
        if (body != null) {
            body.check(request, bodies);
        }
    }

    private void checkQueryNames(ServerRequest request) {
        Set<String> known = new TreeSet<>();
        parameters.stream().filter(ParameterContract::inQuery).forEach(p -> known.add(p.name()));
        for (String name : request.query().names()) {
            if (!known.contains(name)) {
                throw HttpProblem.badRequest("unknown query parameter '" + name + "'"
                        + (known.isEmpty() ? "; this operation takes none" : "; known: " + String.join(", ", known)),
                        Map.of("parameter", name));
            }
        }
    }

    private static void add(ApiDocument document, List<ParameterContract> parameters, JsonNode list,
                            String listPointer) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            String pointer = node.has("$ref") ? node.get("$ref").asText().substring(1) : listPointer + "/" + i;
            parameters.add(ParameterContract.of(document, document.resolve(node), pointer));
        }
    }
}
