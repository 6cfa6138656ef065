package io.pcmops.model;

import io.pcmops.InvalidRequestException;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Limits of a run. They apply to the WHOLE run, across every account and region.
 *
 * <p>{@code maxConcurrency} and {@code maxErrors} are a count ({@code "10"}) or a percentage of the run's
 * targets ({@code "10%"}). Defaults follow SSM: {@code "50"} and {@code "0"} (stop at the first error).
 * Failures that spend the error budget are {@code FAILED} and {@code TIMED_OUT_EXECUTION}.
 *
 * @param maxConcurrency   targets running at once
 * @param maxErrors        failures tolerated before no further target is started
 * @param deliveryTimeout  how long a command may wait to be delivered (30 s to 30 days; default 1 h)
 * @param executionTimeout how long a script may run (1 s to 48 h; default 1 h)
 */
public record RunOptions(String maxConcurrency, String maxErrors, Duration deliveryTimeout, Duration executionTimeout) {

    public static final String DEFAULT_MAX_CONCURRENCY = "50";
    public static final String DEFAULT_MAX_ERRORS = "0";
    public static final Duration DEFAULT_DELIVERY_TIMEOUT = Duration.ofHours(1);
    public static final Duration DEFAULT_EXECUTION_TIMEOUT = Duration.ofHours(1);

    private static final Pattern CONCURRENCY = Pattern.compile("[1-9][0-9]{0,6}|[1-9][0-9]?%|100%");
    private static final Pattern ERRORS = Pattern.compile("0|[1-9][0-9]{0,6}|[0-9]%|[1-9][0-9]%|100%");

    public RunOptions {
        maxConcurrency = maxConcurrency == null ? DEFAULT_MAX_CONCURRENCY : maxConcurrency.trim();
        maxErrors = maxErrors == null ? DEFAULT_MAX_ERRORS : maxErrors.trim();
        deliveryTimeout = deliveryTimeout == null ? DEFAULT_DELIVERY_TIMEOUT : deliveryTimeout;
        executionTimeout = executionTimeout == null ? DEFAULT_EXECUTION_TIMEOUT : executionTimeout;
        if (!CONCURRENCY.matcher(maxConcurrency).matches()) {
            throw new InvalidRequestException("maxConcurrency '" + maxConcurrency
                    + "' must be a number of targets (1 or more) or a percentage (1% to 100%)");
        }
        if (!ERRORS.matcher(maxErrors).matches()) {
            throw new InvalidRequestException("maxErrors '" + maxErrors
                    + "' must be a number of failures (0 or more) or a percentage (0% to 100%)");
        }
        checkRange("deliveryTimeout", deliveryTimeout, Duration.ofSeconds(30), Duration.ofDays(30));
        checkRange("executionTimeout", executionTimeout, Duration.ofSeconds(1), Duration.ofHours(48));
    }

    /** Returns the defaults. */
    public static RunOptions defaults() {
        return new RunOptions(null, null, null, null);
    }

    /** Returns the concurrency limit as a number of targets for a run of {@code targetCount} targets. */
    public int concurrencyFor(int targetCount) {
        return Math.max(1, resolve(maxConcurrency, targetCount));
    }

    /** Returns the number of failures tolerated for a run of {@code targetCount} targets. */
    public int errorBudgetFor(int targetCount) {
        return resolve(maxErrors, targetCount);
    }

    public RunOptions withMaxConcurrency(String value) {
        return new RunOptions(value, maxErrors, deliveryTimeout, executionTimeout);
    }

    public RunOptions withMaxErrors(String value) {
        return new RunOptions(maxConcurrency, value, deliveryTimeout, executionTimeout);
    }

    public RunOptions withDeliveryTimeout(Duration value) {
        return new RunOptions(maxConcurrency, maxErrors, value, executionTimeout);
    }

    public RunOptions withExecutionTimeout(Duration value) {
        return new RunOptions(maxConcurrency, maxErrors, deliveryTimeout, value);
    }

    private static int resolve(String value, int targetCount) {
        if (value.endsWith("%")) {
            long percent = Long.parseLong(value.substring(0, value.length() - 1));
            return (int) (targetCount * percent / 100);
        }
        return (int) Math.min(Integer.MAX_VALUE, Long.parseLong(value));
    }

    private static void checkRange(String field, Duration value, Duration min, Duration max) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new InvalidRequestException(field + " " + Durations.format(value) + " is out of range: it must be "
                    + "between " + Durations.format(min) + " and " + Durations.format(max));
        }
    }
}
