package io.pcmops.model;

import io.pcmops.InvalidRequestException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Which targets of a finished run a retry covers. */
public enum RetryScope {
    FAILED(EnumSet.of(InvocationState.FAILED)),
    TIMED_OUT(EnumSet.of(InvocationState.TIMED_OUT_DELIVERY, InvocationState.TIMED_OUT_EXECUTION)),
    UNDELIVERABLE(EnumSet.of(InvocationState.UNDELIVERABLE)),
    NOT_EXECUTED(EnumSet.of(InvocationState.NOT_EXECUTED)),
    CANCELLED(EnumSet.of(InvocationState.CANCELLED));

    private final Set<InvocationState> states;

    RetryScope(Set<InvocationState> states) {
        this.states = states;
    }

    /** Returns the invocation states this scope covers. */
    public Set<InvocationState> states() {
        return states;
    }

    /**
     * Parses {@code failed}, {@code timed-out}, {@code undeliverable}, {@code not-executed} or {@code cancelled}.
     *
     * @throws InvalidRequestException for other text
     */
    public static RetryScope parse(String text) {
        String value = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (RetryScope scope : values()) {
            if (scope.name().equals(value)) {
                return scope;
            }
        }
        throw new InvalidRequestException("unknown retry scope '" + text
                + "'; use failed, timed-out, undeliverable, not-executed or cancelled");
    }

    /** Returns the hyphenated name used on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
