package io.pcmops.aws.internal.client;

import java.time.Duration;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.retries.StandardRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * Retry strategies. SSM calls retry only throttling (a throttled SendCommand was certainly not run, while a
 * retried 5xx or I/O failure could send a command twice); the other services use the SDK's standard strategy.
 */
final class Retries {

    private Retries() {
    }

    static RetryStrategy standard(int maxAttempts) {
        return AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(maxAttempts)
                .circuitBreakerEnabled(false).build();
    }

    static RetryStrategy throttlingOnly(int maxAttempts) {
        return StandardRetryStrategy.builder().maxAttempts(maxAttempts).retryOnException(Retries::throttled)
                .treatAsThrottling(Retries::throttled).circuitBreakerEnabled(false)
                .backoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(100), Duration.ofSeconds(20)))
                .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(500),
                        Duration.ofSeconds(20)))
                .build();
    }

    static boolean throttled(Throwable error) {
        return error instanceof SdkServiceException service && service.isThrottlingException();
    }
}
