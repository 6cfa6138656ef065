package io.pcmops.http.web;

import java.util.Map;

/**
 * The one error shape of the API.
 *
 * @param error   a short machine-readable code, e.g. {@code bad_request}
 * @param message what was wrong, for a person
 * @param details further facts (e.g. the offending field), never secrets
 */
public record ApiError(String error, String message, Map<String, Object> details) {

    public ApiError {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
