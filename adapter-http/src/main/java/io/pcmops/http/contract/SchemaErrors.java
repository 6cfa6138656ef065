package io.pcmops.http.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import io.pcmops.http.web.HttpProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Turns schema violations into messages that name the field and what it must be, never echoing long values. */
final class SchemaErrors {

    private SchemaErrors() {
    }

    /** Returns a 400 describing the first violation of a body. */
    static HttpProblem problem(List<Error> errors, ApiDocument document) {
        return problem(errors.stream().min(Comparator.comparingInt(SchemaErrors::depth)
                .thenComparing(error -> !"type".equals(error.getKeyword()))).orElseThrow(), document, "");
    }

    /** Returns how deep in the value an error is: the shallowest is reported, a wrong type before the rest. */
    private static int depth(Error error) {
        return error.getInstanceLocation() == null ? 0 : error.getInstanceLocation().getNameCount();
    }

    private static HttpProblem problem(Error error, ApiDocument document, String prefix) {
        String field = join(prefix, field(error));
        if ("oneOf".equals(error.getKeyword()) || "anyOf".equals(error.getKeyword())) {
            HttpProblem inner = closestForm(error, document, field);
            if (inner != null) {
                return inner;
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        if (!field.isEmpty()) {
            details.put("field", field);
        }
        String keyword = error.getKeyword();
        if ("additionalProperties".equals(keyword) || "unevaluatedProperties".equals(keyword)) {
            TreeSet<String> known = known(document, error);
            details.put("knownFields", known);
            return HttpProblem.badRequest("unknown field '" + field + "'; known fields: " + String.join(", ", known),
                    details);
        }
        String subject = field.isEmpty() ? "the request body" : "field '" + field + "'";
        return HttpProblem.badRequest(subject + " " + describeValue(error, document), details);
    }

    /** Returns what a value must be, after the subject: "must be an integer", "is required"… */
    static String describeValue(Error error, ApiDocument document) {
        JsonNode schema = error.getSchemaNode();
        if ("pattern".equals(error.getKeyword())) {
            String description = parent(error, document).path("description").asText("");
            return description.isEmpty() ? "must match " + schema.asText() : "must be " + description;
        }
        return switch (String.valueOf(error.getKeyword())) {
            case "required" -> "is required";
            case "type" -> "must be " + article(schema);
            case "enum" -> "must be one of: " + join(schema);
            case "const" -> "must be " + schema;
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" -> "must be " + error.getKeyword()
                    .replace("exclusiveM", "above m").replace("minimum", "at least").replace("maximum", "at most")
                    .replace("above at least", "above").replace("above at most", "below") + " " + schema;
            case "minLength" -> "must have at least " + schema + " characters";
            case "maxLength" -> "must have at most " + schema + " characters";
            case "minItems" -> "must have at least " + schema + " items";
            case "maxItems" -> "must have at most " + schema + " items";
            case "maxProperties" -> "must have at most " + schema + " entries";
            case "pattern" -> "must match " + schema.asText();
            case "format" -> "must be a valid " + schema.asText();
            case "oneOf", "anyOf" -> "must have exactly one of these forms: " + forms(schema);
            case "uniqueItems" -> "must not repeat an item";
            default -> "is not valid (" + error.getKeyword() + ")";
        };
    }

    /** Checks a value against the form whose required fields it has, to name what is wrong inside that form. */
    private static HttpProblem closestForm(Error error, ApiDocument document, String field) {
        JsonNode instance = error.getInstanceNode();
        String location = String.valueOf(error.getSchemaLocation());
        String pointer = location.substring(location.indexOf('#') + 1);
        JsonNode forms = error.getSchemaNode();
        for (int i = 0; i < forms.size() && instance != null && instance.isObject(); i++) {
            JsonNode form = document.resolve(forms.get(i));
            boolean fits = true;
            for (JsonNode name : form.path("required")) {
                fits &= instance.has(name.asText());
            }
            if (fits) {
                List<Error> inner = document.schema(pointer + "/" + i).validate(instance);
                if (!inner.isEmpty()) {
                    return problem(inner.get(0), document, field);
                }
            }
        }
        return null;
    }

    private static String join(String prefix, String field) {
        if (prefix.isEmpty() || field.isEmpty()) {
            return prefix + field;
        }
        return field.startsWith("[") ? prefix + field : prefix + "." + field;
    }

    private static String field(Error error) {
        StringBuilder path = new StringBuilder();
        String location = error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
        for (String segment : location.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            String name = segment.replace("~1", "/").replace("~0", "~");
            if (name.chars().allMatch(Character::isDigit)) {
                path.append('[').append(name).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(name);
            }
        }
        if (error.getProperty() != null) {
            path.append(path.isEmpty() ? "" : ".").append(error.getProperty());
        }
        return path.toString();
    }

    private static TreeSet<String> known(ApiDocument document, Error error) {
        TreeSet<String> names = new TreeSet<>();
        parent(error, document).path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Returns the schema holding the keyword that failed. */
    private static JsonNode parent(Error error, ApiDocument document) {
        String location = String.valueOf(error.getSchemaLocation());
        String pointer = location.substring(location.indexOf('#') + 1);
        return document.node(pointer.substring(0, Math.max(0, pointer.lastIndexOf('/'))));
    }

    private static String article(JsonNode type) {
        List<String> names = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> names.add(t.asText()));
        } else {
            names.add(type.asText());
        }
        List<String> described = names.stream().map(name -> switch (name) {
            case "integer" -> "a whole number";
            case "object" -> "an object";
            case "array" -> "an array";
            case "null" -> "null";
            default -> "a " + name;
        }).toList();
        return String.join(" or ", described);
    }

    private static String join(JsonNode values) {
        List<String> names = new ArrayList<>();
        values.forEach(value -> names.add(value.isTextual() ? value.asText() : value.toString()));
        return String.join(", ", names);
    }

    private static String forms(JsonNode alternatives) {
        List<String> forms = new ArrayList<>();
        for (JsonNode alternative : alternatives) {
            JsonNode required = alternative.path("required");
            if (alternative.has("$ref")) {
                String ref = alternative.get("$ref").asText();
                forms.add(ref.substring(ref.lastIndexOf('/') + 1));
                continue;
            }
            List<String> names = new ArrayList<>();
            required.forEach(name -> names.add(name.asText()));
            forms.add(names.isEmpty() ? "{…}" : "{" + String.join(", ", names) + "}");
        }
        return String.join(" | ", forms);
    }
}
