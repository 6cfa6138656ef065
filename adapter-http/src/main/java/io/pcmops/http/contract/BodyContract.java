package io.pcmops.http.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import io.helidon.webserver.http.ServerRequest;
import io.pcmops.http.web.Bodies;
import io.pcmops.http.web.HttpProblem;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An operation's request body: the media types it takes (anything else is a 415) and, for each, the schema the
 * body must match (JSON bodies as JSON, text bodies as one string).
 */
final class BodyContract {

    private final ApiDocument document;
    private final boolean required;
    private final Map<String, Schema> byMediaType;

    private BodyContract(ApiDocument document, boolean required, Map<String, Schema> byMediaType) {
        this.document = document;
        this.required = required;
        this.byMediaType = Map.copyOf(byMediaType);
    }

    static BodyContract of(ApiDocument document, JsonNode requestBody, String pointer) {
        Map<String, Schema> byMediaType = new LinkedHashMap<>();
        Iterator<String> types = requestBody.path("content").fieldNames();
        while (types.hasNext()) {
            String type = types.next();
            byMediaType.put(type, document.schema(pointer + "/content/" + ApiDocument.escape(type) + "/schema"));
        }
        return new BodyContract(document, requestBody.path("required").asBoolean(false), byMediaType);
    }

    Set<String> mediaTypes() {
        return byMediaType.keySet();
    }

    void check(ServerRequest request, Bodies bodies) {
        String type = Bodies.contentType(request).split(";", 2)[0].trim();
        Schema schema = byMediaType.get(type);
        if (schema == null) {
            schema = byMediaType.get(type.isEmpty() ? "" : type.substring(0, type.indexOf('/') + 1) + "*");
        }
        if (schema == null) {
            throw HttpProblem.unsupportedMediaType(String.join(" or ", byMediaType.keySet()));
        }
        JsonNode body = type.endsWith("json") ? bodies.tree(request, "a JSON body")
                : TextNode.valueOf(bodies.text(request));
        if (!required && body.isTextual() && body.asText().isEmpty()) {
            return;
        }
        List<Error> errors = schema.validate(body);
        if (!errors.isEmpty()) {
            throw SchemaErrors.problem(errors, document);
        }
    }
}
