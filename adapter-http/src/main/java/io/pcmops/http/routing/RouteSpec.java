package io.pcmops.http.routing;

import io.helidon.http.Method;
import io.pcmops.http.web.Paths;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One registered route and who may call it.
 *
 * @param method HTTP method
 * @param path   path template, e.g. {@code /api/v1/runs/{id}}
 * @param access who may call it
 */
public record RouteSpec(Method method, String path, Access access) {

    /** Returns how many segments of the template are fixed text rather than parameters. */
    public int fixedSegments() {
        return (int) Arrays.stream(path.split("/")).filter(segment -> !segment.startsWith("{")).count();
    }

    /** Returns whether a concrete path fits this route's template (a parameter is one non-empty segment). */
    public boolean matches(String concretePath) {
        return concretePath.matches(Arrays.stream(path.split("/", -1))
                .map(segment -> segment.startsWith("{") ? "[^/]+" : Pattern.quote(segment))
                .collect(Collectors.joining("/")));
    }

    /** Returns whether the route answers JSON (the API) rather than HTML. */
    public boolean api() {
        return Paths.isApi(path);
    }
}
