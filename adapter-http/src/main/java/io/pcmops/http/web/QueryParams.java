package io.pcmops.http.web;

import io.helidon.common.uri.UriQuery;
import io.helidon.webserver.http.ServerRequest;
import io.pcmops.model.PageRequest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Typed access to query parameters, failing with a 400 that names the parameter. */
public final class QueryParams {

    private final UriQuery query;

    private QueryParams(UriQuery query) {
        this.query = query;
    }

    public static QueryParams of(ServerRequest request) {
        return new QueryParams(request.query());
    }

    /** Returns a parameter's first value when present and not blank. */
    public Optional<String> get(String name) {
        return query.first(name).asOptional().map(String::trim).filter(v -> !v.isEmpty());
    }

    /** Returns every value of a parameter, with comma-separated values split. */
    public List<String> list(String name) {
        List<String> values = new ArrayList<>();
        if (query.contains(name)) {
            for (String value : query.all(name)) {
                Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty()).forEach(values::add);
            }
        }
        return values;
    }

    /** Returns an integer parameter. */
    public Optional<Integer> integer(String name) {
        return get(name).map(value -> {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw HttpProblem.badRequest("query parameter '" + name + "' must be a whole number",
                        Map.of("parameter", name));
            }
        });
    }

    /** Returns an ISO-8601 instant parameter. */
    public Optional<Instant> instant(String name) {
        return get(name).map(value -> {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw HttpProblem.badRequest("query parameter '" + name + "' must be an ISO-8601 instant such as "
                        + "2026-01-31T12:00:00Z", Map.of("parameter", name));
            }
        });
    }

    /** Returns a boolean parameter ({@code true} or {@code false}). */
    public boolean flag(String name) {
        return get(name).map(value -> switch (value) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw HttpProblem.badRequest("query parameter '" + name + "' must be true or false",
                    Map.of("parameter", name));
        }).orElse(false);
    }

    /** Returns the page asked for with {@code offset} and {@code limit} (default 100, at most 500). */
    public PageRequest page() {
        return PageRequest.of(integer("offset").orElse(null), integer("limit").orElse(null));
    }

    /** Returns a path parameter. */
    public static String path(ServerRequest request, String name) {
        return request.path().pathParameters().get(name);
    }
}
