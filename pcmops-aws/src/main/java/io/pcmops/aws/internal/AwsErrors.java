package io.pcmops.aws.internal;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** Short, safe descriptions of SDK failures for scope errors and warnings. */
public final class AwsErrors {

    private AwsErrors() {
    }

    /** Returns the cause behind completion wrappers. */
    public static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /** Returns {@code Code: message} for AWS errors, else the exception's message. */
    public static String describe(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
            return aws.awsErrorDetails().errorCode() + ": " + aws.awsErrorDetails().errorMessage();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /** Returns the AWS error code, or {@code null} for other failures. */
    public static String code(Throwable error) {
        Throwable cause = unwrap(error);
        return cause instanceof AwsServiceException aws && aws.awsErrorDetails() != null
                ? aws.awsErrorDetails().errorCode() : null;
    }
}
