package io.pcmops.aws.internal;

import io.pcmops.spi.Failures;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * The one description of AWS failures, for every message, warning, reason and scope error the provider writes: the
 * call ({@code SSM DescribeInstanceInformation failed: }), then the error code and message, the HTTP status and the
 * request id, whichever are known. A failure with neither code nor message says so instead of {@code null: null}.
 * The provider's clients tag each failure with its service and operation ({@link #tag}).
 */
public final class AwsErrors {

    private static final Map<String, String> SERVICES = Map.of("ssm", "SSM", "ec2", "EC2", "sts", "STS", "s3", "S3",
            "organizations", "Organizations", "sso", "SSO", "ssooidc", "SSO OIDC");

    private AwsErrors() {
    }

    /** Returns e.g. {@code SSM SendCommand failed: ThrottlingException: Rate exceeded (HTTP 400, request id …)}. */
    public static String describe(Throwable error) {
        Throwable cause = Failures.unwrap(error);
        return call(cause).map(c -> c + " failed: ").orElse("") + detail(cause);
    }

    /**
     * Returns {@link #describe} without the call, for messages that name it already, e.g.
     * {@code AccessDenied: not authorized (HTTP 403, request id …)}.
     */
    public static String detail(Throwable error) {
        Throwable cause = Failures.unwrap(error);
        if (cause instanceof AwsServiceException aws) {
            return service(aws);
        }
        return blank(cause.getMessage()) ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /** Returns the AWS error code, or {@code null} for other failures. */
    public static String code(Throwable error) {
        return details(error).map(AwsErrorDetails::errorCode).orElse(null);
    }

    /** Returns the AWS error message, or {@code null} when there is none (or the failure is not AWS's). */
    public static String message(Throwable error) {
        return details(error).map(AwsErrorDetails::errorMessage).filter(m -> !blank(m)).orElse(null);
    }

    /** Records on a failure which call it came from; {@link #describe} names it. */
    public static void tag(Throwable failure, String service, String operation) {
        Throwable cause = Failures.unwrap(failure);
        if (call(cause).isEmpty()) {
            String name = SERVICES.getOrDefault(String.valueOf(service).toLowerCase(Locale.ROOT), service);
            cause.addSuppressed(new FailedCall(name + " " + operation));
        }
    }

    private static String service(AwsServiceException aws) {
        AwsErrorDetails details = aws.awsErrorDetails();
        String code = details == null ? null : details.errorCode();
        String message = details == null ? null : details.errorMessage();
        String text = blank(code) && blank(message) ? "no error code or message"
                : blank(code) ? message : blank(message) ? code : code + ": " + message;
        String service = details == null || blank(details.serviceName()) ? "" : details.serviceName() + ", ";
        String request = blank(aws.requestId()) ? "" : ", request id " + aws.requestId();
        return text + " (" + (call(aws).isPresent() ? "" : service) + "HTTP " + aws.statusCode() + request + ")";
    }

    private static Optional<AwsErrorDetails> details(Throwable error) {
        return Failures.unwrap(error) instanceof AwsServiceException aws ? Optional.ofNullable(aws.awsErrorDetails())
                : Optional.empty();
    }

    private static Optional<String> call(Throwable cause) {
        return Arrays.stream(cause.getSuppressed()).filter(FailedCall.class::isInstance).map(Throwable::getMessage)
                .findFirst();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Names the call a failure came from; carried as a suppressed exception, without a stack trace. */
    private static final class FailedCall extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FailedCall(String call) {
            super(call, null, false, false);
        }
    }
}
