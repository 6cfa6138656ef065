package io.pcmops.http.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.pcmops.PcmopsException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Turns Jackson's failures into short messages that name the field, never echoing the values sent. */
final class JsonErrors {

    private JsonErrors() {
    }

    /** Returns what kind of JSON value a node is, for messages: "null", "an array", "a number"… */
    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case NULL, MISSING -> "null";
            case ARRAY -> "an array";
            case NUMBER -> "a number";
            case STRING -> "a string";
            case BOOLEAN -> "a boolean";
            default -> "an object";
        };
    }

    static HttpProblem translate(JsonProcessingException error, String shape) {
        if (error instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, shape);
        }
        if (error instanceof JsonMappingException mapping) {
            return mapping(mapping, shape);
        }
        JsonLocation at = error.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return HttpProblem.badRequest("the request body is not valid JSON" + where);
    }

    private static HttpProblem unknownField(UnrecognizedPropertyException error, String shape) {
        TreeSet<String> known = error.getKnownPropertyIds() == null ? new TreeSet<>()
                : error.getKnownPropertyIds().stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new));
        String field = path(error);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("field", field);
        details.put("knownFields", known);
        return HttpProblem.badRequest("unknown field '" + field + "' in " + shape + "; known fields: "
                + String.join(", ", known), details);
    }

    private static HttpProblem mapping(JsonMappingException error, String shape) {
        String field = path(error);
        Throwable cause = rootCause(error);
        Map<String, Object> details = field.isEmpty() ? Map.of() : Map.of("field", field);
        if (cause instanceof PcmopsException invalid) {
            return HttpProblem.badRequest(invalid.getMessage(), details);
        }
        if (error instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            String expected = mismatch.getTargetType().getSimpleName();
            return HttpProblem.badRequest(field.isEmpty() ? "the request body must be a JSON " + describe(expected)
                    + " (" + shape + ")" : "field '" + field + "' must be " + article(describe(expected)), details);
        }
        return HttpProblem.badRequest("the request body does not match " + shape
                + (field.isEmpty() ? "" : " at field '" + field + "'"), details);
    }

    private static String describe(String type) {
        return switch (type) {
            case "String" -> "string";
            case "Integer", "int", "Long", "long" -> "whole number";
            case "Boolean", "boolean" -> "boolean (true or false)";
            case "List", "Set", "Collection" -> "array";
            case "Map", "LinkedHashMap", "HashMap" -> "object";
            default -> "object";
        };
    }

    private static String article(String noun) {
        return (noun.startsWith("a") || noun.startsWith("o") ? "an " : "a ") + noun;
    }

    private static String path(JsonMappingException error) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : error.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static Throwable rootCause(Throwable error) {
        Throwable current = error;
        while (current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
            if (current instanceof PcmopsException) {
                return current;
            }
        }
        return current;
    }
}
