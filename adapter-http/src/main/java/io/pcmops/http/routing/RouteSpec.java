package io.pcmops.http.routing;

import io.helidon.http.Method;
import io.pcmops.http.web.Paths;

/**
 * One registered route and who may call it.
 *
 * @param method HTTP method
 * @param path   path template, e.g. {@code /api/v1/runs/{id}}
 * @param access who may call it
 */
public record RouteSpec(Method method, String path, Access access) {

    /** Returns whether the route answers JSON (the API) rather than HTML. */
    public boolean api() {
        return Paths.isApi(path);
    }
}
