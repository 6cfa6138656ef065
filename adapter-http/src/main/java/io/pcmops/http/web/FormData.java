package io.pcmops.http.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A decoded {@code application/x-www-form-urlencoded} body. */
public final class FormData {

    private final Map<String, List<String>> fields;

    private FormData(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    /** Decodes a form body. */
    public static FormData parse(String body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            fields.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return new FormData(fields);
    }

    /** Returns the first value of a field, trimmed, when present and not blank. */
    public Optional<String> get(String name) {
        return raw(name).map(String::trim).filter(value -> !value.isEmpty());
    }

    /** Returns the first value of a field exactly as sent. */
    public Optional<String> raw(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Returns a required field or fails with a 400 naming it. */
    public String require(String name) {
        return get(name).orElseThrow(() -> HttpProblem.badRequest("the form field '" + name + "' is required",
                Map.of("field", name)));
    }

    /** Returns a whole-number field, failing with a 400 naming it when it is not one. */
    public Optional<Integer> integer(String name) {
        return get(name).map(value -> {
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                throw HttpProblem.badRequest("the form field '" + name + "' must be a whole number",
                        Map.of("field", name));
            }
        });
    }

    /** Returns every value of a field. */
    public List<String> all(String name) {
        return fields.getOrDefault(name, List.of());
    }

    /** Returns whether a checkbox field was sent. */
    public boolean checked(String name) {
        return fields.containsKey(name);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest("the form body is not properly encoded");
        }
    }
}
