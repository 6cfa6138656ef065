package io.pcmops.http.routing;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.pcmops.ConflictException;
import io.pcmops.CredentialsException;
import io.pcmops.InvalidRequestException;
import io.pcmops.NotFoundException;
import io.pcmops.PcmopsException;
import io.pcmops.PersistenceException;
import io.pcmops.ProviderException;
import io.pcmops.ProviderNotFoundException;
import io.pcmops.http.security.Principals;
import io.pcmops.http.view.Templates;
import io.pcmops.http.web.ApiError;
import io.pcmops.http.web.HttpProblem;
import io.pcmops.http.web.Paths;
import io.pcmops.http.web.Responses;
import io.pcmops.spi.Failures;
import java.util.Map;
import java.util.UUID;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * Maps every failure to one answer, once: the API gets {@code {error, message, details}} with the right status,
 * pages get an error page (or an alert fragment for htmx). Unexpected failures are logged with a reference and
 * answered without their text, never with a stack trace.
 */
@Singleton
public final class ErrorMapping {

    private static final System.Logger LOG = System.getLogger(ErrorMapping.class.getName());

    private final Responses responses;
    private final Templates templates;

    @Inject
    public ErrorMapping(Responses responses, Templates templates) {
        this.responses = responses;
        this.templates = templates;
    }

    /** Answers a failure. */
    public void handle(ServerRequest request, ServerResponse response, Throwable thrown) {
        Throwable error = Failures.unwrap(thrown);
        Status status = status(error);
        ApiError body = body(error, status);
        if (error instanceof HttpProblem problem) {
            if (problem.retryAfterSeconds() > 0) {
                response.header(HeaderNames.RETRY_AFTER, Long.toString(problem.retryAfterSeconds()));
            }
            problem.headers().forEach(response::header);
        }
        if (response.isSent()) {
            return;
        }
        if (Paths.isApi(request.path().path())) {
            responses.json(response, status, body);
        } else if ("password_change_required".equals(body.error())) {
            Responses.redirect(response, "/account/password");
        } else if (status == Status.UNAUTHORIZED_401 && Principals.find(request).isEmpty()
                && !request.path().path().equals("/login")) {
            Responses.redirect(response, "/login");
        } else {
            templates.error(request, response.status(status), body);
        }
    }

    static Status status(Throwable error) {
        return switch (error) {
            case HttpProblem problem -> problem.status();
            case io.helidon.http.HttpException e when e.status().code() < 500 -> e.status();
            case ProviderNotFoundException ignored -> Status.NOT_FOUND_404;
            case InvalidRequestException ignored -> Status.BAD_REQUEST_400;
            case NotFoundException ignored -> Status.NOT_FOUND_404;
            case ConflictException ignored -> Status.CONFLICT_409;
            case ProviderException ignored -> Status.BAD_GATEWAY_502;
            case PersistenceException ignored -> Status.SERVICE_UNAVAILABLE_503;
            default -> Status.INTERNAL_SERVER_ERROR_500;
        };
    }

    private static ApiError body(Throwable error, Status status) {
        return switch (error) {
            case HttpProblem problem -> new ApiError(problem.code(), problem.getMessage(), problem.details());
            case io.helidon.http.HttpException e when status.code() < 500 -> new ApiError("bad_request",
                    "the request could not be read (" + status.reasonPhrase() + ")", Map.of());
            case ProviderNotFoundException e -> new ApiError("not_found", e.getMessage(), Map.of());
            case InvalidRequestException e -> new ApiError("bad_request", e.getMessage(), Map.of());
            case NotFoundException e -> new ApiError("not_found", e.getMessage(), Map.of());
            case ConflictException e -> new ApiError("conflict", e.getMessage(), Map.of());
            case CredentialsException e -> new ApiError("credentials_error", e.getMessage(),
                    Map.of("retryable", e.retryable()));
            case ProviderException e -> new ApiError("provider_error", e.getMessage(),
                    Map.of("retryable", e.retryable()));
            case PersistenceException e -> new ApiError("store_unavailable",
                    "the store could not be read or written; try again", Map.of("retryable", true));
            default -> internal(error, status);
        };
    }

    private static ApiError internal(Throwable error, Status status) {
        String reference = UUID.randomUUID().toString();
        LOG.log(System.Logger.Level.ERROR, "unexpected failure, reference " + reference, error);
        String what = error instanceof PcmopsException ? "the server could not complete the request"
                : "internal error";
        return new ApiError("internal_error", what + " (reference " + reference + ")",
                Map.of("reference", reference, "status", status.code()));
    }
}
