package io.pcmops.http.web;

import io.helidon.http.Status;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An error the adapter itself decides (authentication, authorisation, CSRF, body limits, throttling), answered in
 * the one error shape with its status.
 */
public final class HttpProblem extends RuntimeException {

    private final transient Status status;
    private final String code;
    private final transient Map<String, Object> details;
    private final transient Duration retryAfter;
    private final transient Map<String, String> headers;

    private HttpProblem(Status status, String code, String message, Map<String, Object> details,
                        Duration retryAfter) {
        this(status, code, message, details, retryAfter, Map.of());
    }

    private HttpProblem(Status status, String code, String message, Map<String, Object> details,
                        Duration retryAfter, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.details = Map.copyOf(details);
        this.retryAfter = retryAfter;
        this.headers = Map.copyOf(headers);
    }

    public static HttpProblem badRequest(String message) {
        return new HttpProblem(Status.BAD_REQUEST_400, "bad_request", message, Map.of(), null);
    }

    public static HttpProblem badRequest(String message, Map<String, Object> details) {
        return new HttpProblem(Status.BAD_REQUEST_400, "bad_request", message, details, null);
    }

    public static HttpProblem unauthorized(String message) {
        return new HttpProblem(Status.UNAUTHORIZED_401, "unauthorized", message, Map.of(), null);
    }

    public static HttpProblem forbidden(String message) {
        return new HttpProblem(Status.FORBIDDEN_403, "forbidden", message, Map.of(), null);
    }

    public static HttpProblem csrf(String message) {
        return new HttpProblem(Status.FORBIDDEN_403, "csrf", message, Map.of(), null);
    }

    public static HttpProblem passwordChangeRequired() {
        return new HttpProblem(Status.FORBIDDEN_403, "password_change_required",
                "you must change your password before doing anything else (POST /api/v1/auth/password)", Map.of(),
                null);
    }

    public static HttpProblem notFound(String message) {
        return new HttpProblem(Status.NOT_FOUND_404, "not_found", message, Map.of(), null);
    }

    /** A known path asked with a method it does not take; the answer's {@code Allow} header lists those it does. */
    public static HttpProblem methodNotAllowed(String method, String path, Set<String> allowed) {
        String allow = String.join(", ", allowed);
        return new HttpProblem(Status.METHOD_NOT_ALLOWED_405, "method_not_allowed", path + " does not take "
                + method + "; it takes " + allow, Map.of("allowed", List.copyOf(allowed)), null,
                Map.of("Allow", allow));
    }

    public static HttpProblem tooLarge(long limit) {
        return new HttpProblem(Status.REQUEST_ENTITY_TOO_LARGE_413, "payload_too_large",
                "the request body is larger than the limit of " + limit + " bytes", Map.of("limitBytes", limit), null);
    }

    public static HttpProblem unsupportedMediaType(String expected) {
        return new HttpProblem(Status.UNSUPPORTED_MEDIA_TYPE_415, "unsupported_media_type",
                "the request body must be " + expected, Map.of("expected", expected), null);
    }

    public static HttpProblem tooManyRequests(String message, Duration retryAfter) {
        return new HttpProblem(Status.TOO_MANY_REQUESTS_429, "too_many_requests", message,
                Map.of("retryAfterSeconds", seconds(retryAfter)), retryAfter);
    }

    public Status status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }

    /** Returns headers the answer must carry, e.g. {@code Allow}. */
    public Map<String, String> headers() {
        return headers;
    }

    /** Returns the whole seconds a client should wait, or -1 when not throttled. */
    public long retryAfterSeconds() {
        return retryAfter == null ? -1 : seconds(retryAfter);
    }

    private static long seconds(Duration value) {
        return Math.max(1, (value.toMillis() + 999) / 1000);
    }
}
