package io.pcmops.http.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import io.helidon.webserver.http.ServerRequest;
import io.pcmops.http.web.HttpProblem;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * One path or query parameter: its text is read as the type its schema names (an array parameter is
 * comma-separated, {@code style: form, explode: false}), then checked against the schema.
 */
final class ParameterContract {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ApiDocument document;
    private final String name;
    private final boolean query;
    private final boolean required;
    private final String type;
    private final String itemType;
    private final Schema schema;

    private ParameterContract(ApiDocument document, String name, boolean query, boolean required, String type,
                              String itemType, Schema schema) {
        this.document = document;
        this.name = name;
        this.query = query;
        this.required = required;
        this.type = type;
        this.itemType = itemType;
        this.schema = schema;
    }

    static ParameterContract of(ApiDocument document, JsonNode parameter, String pointer) {
        String in = parameter.path("in").asText();
        if (!in.equals("query") && !in.equals("path")) {
            throw new IllegalStateException("the OpenAPI document has a parameter in '" + in + "' at " + pointer
                    + "; only path and query parameters are checked");
        }
        JsonNode schema = document.resolve(parameter.path("schema"));
        return new ParameterContract(document, parameter.path("name").asText(), in.equals("query"),
                parameter.path("required").asBoolean(false), type(schema), type(document.resolve(schema.path("items"))),
                document.schema(pointer + "/schema"));
    }

    String name() {
        return name;
    }

    boolean inQuery() {
        return query;
    }

    void check(ServerRequest request, Map<String, String> pathValues) {
        List<String> values = query ? (request.query().contains(name) ? request.query().all(name) : List.of())
                : pathValues.containsKey(name) ? List.of(pathValues.get(name)) : List.of();
        if (values.isEmpty()) {
            if (required) {
                throw problem("is required");
            }
            return;
        }
        if (values.size() > 1 && !type.equals("array")) {
            throw problem("is given more than once");
        }
        JsonNode value = read(String.join(",", values));
        List<Error> errors = schema.validate(value);
        if (!errors.isEmpty()) {
            throw problem(SchemaErrors.describeValue(errors.get(0), document));
        }
    }

    private JsonNode read(String text) {
        if (type.equals("array")) {
            ArrayNode array = JSON.arrayNode();
            if (!text.isEmpty()) {
                for (String item : text.split(",", -1)) {
                    array.add(scalar(item, itemType));
                }
            }
            return array;
        }
        return scalar(text, type);
    }

    private JsonNode scalar(String text, String kind) {
        try {
            return switch (kind) {
                case "integer" -> JSON.numberNode(new BigInteger(text));
                case "number" -> JSON.numberNode(new BigDecimal(text));
                case "boolean" -> switch (text) {
                    case "true" -> JSON.booleanNode(true);
                    case "false" -> JSON.booleanNode(false);
                    default -> throw problem("must be true or false");
                };
                default -> JSON.textNode(text);
            };
        } catch (NumberFormatException e) {
            throw problem("must be " + (kind.equals("integer") ? "a whole number" : "a number"));
        }
    }

    private HttpProblem problem(String what) {
        return HttpProblem.badRequest((query ? "query" : "path") + " parameter '" + name + "' " + what,
                Map.of("parameter", name));
    }

    private static String type(JsonNode schema) {
        return schema.path("type").asText("string");
    }
}
