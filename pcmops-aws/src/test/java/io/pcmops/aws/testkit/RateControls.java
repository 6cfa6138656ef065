package io.pcmops.aws.testkit;

import java.util.regex.Pattern;

/**
 * MaxConcurrency and MaxErrors of a command, as given (defaults {@code "50"} / {@code "0"}), and the absolute limits
 * they mean for a target count: percentages are floored, concurrency is at least 1.
 */
record RateControls(String maxConcurrency, String maxErrors) {

    static final Pattern CONCURRENCY = Pattern.compile("^([1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$");
    static final Pattern ERRORS = Pattern.compile("^([1-9][0-9]*|[0]|[1-9][0-9]%|[0-9]%|100%)$");

    static RateControls of(String maxConcurrency, String maxErrors) {
        return new RateControls(maxConcurrency == null ? "50" : maxConcurrency, maxErrors == null ? "0" : maxErrors);
    }

    int concurrencyLimit(int targets) {
        return Math.max(1, absolute(maxConcurrency, targets));
    }

    int errorLimit(int targets) {
        return absolute(maxErrors, targets);
    }

    private static int absolute(String value, int targets) {
        if (value.endsWith("%")) {
            int percent = Integer.parseInt(value.substring(0, value.length() - 1));
            return (int) ((long) percent * targets / 100);
        }
        long parsed = Long.parseLong(value);
        return (int) Math.min(Integer.MAX_VALUE, parsed);
    }
}
