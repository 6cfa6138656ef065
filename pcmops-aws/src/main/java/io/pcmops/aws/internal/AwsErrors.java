package io.pcmops.aws.internal;

import io.pcmops.spi.Failures;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** Short, safe descriptions of SDK failures for scope errors and warnings. */
public final class AwsErrors {

    private AwsErrors() {
    }

    /** Returns {@code Code: message} for AWS errors, else the exception's message. */
    public static String describe(Throwable error) {
        Throwable cause = Failures.unwrap(error);
        if (cause instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
            return aws.awsErrorDetails().errorCode() + ": " + aws.awsErrorDetails().errorMessage();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /** Returns the AWS error code, or {@code null} for other failures. */
    public static String code(Throwable error) {
        Throwable cause = Failures.unwrap(error);
        return cause instanceof AwsServiceException aws && aws.awsErrorDetails() != null
                ? aws.awsErrorDetails().errorCode() : null;
    }
}
