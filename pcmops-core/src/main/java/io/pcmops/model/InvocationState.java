package io.pcmops.model;

/** State of one target within a run. */
public enum InvocationState {
    /** Not yet sent. */
    PENDING(false),
    /** Handed to the provider; not yet known to be running. */
    DISPATCHED(false),
    /** Running on the target. */
    IN_PROGRESS(false),
    /** Ran and exited 0. */
    SUCCESS(true),
    /** Ran and exited non-zero (or the provider reported a failure). */
    FAILED(true),
    /** Never started before the delivery timeout. Does not spend the error budget. */
    TIMED_OUT_DELIVERY(true),
    /** Started, and did not finish within the execution timeout. Spends the error budget. */
    TIMED_OUT_EXECUTION(true),
    /** Cancelled by a user. */
    CANCELLED(true),
    /** The provider could not deliver it (e.g. the agent is offline). Does not spend the error budget. */
    UNDELIVERABLE(true),
    /** Deliberately not run; the reason says why (unreachable, credentials, error budget spent, platform mismatch…). */
    NOT_EXECUTED(true);

    private final boolean terminal;

    InvocationState(boolean terminal) {
        this.terminal = terminal;
    }

    /** Returns whether this state is final. */
    public boolean terminal() {
        return terminal;
    }

    /** Returns whether reaching this state spends one unit of the run's error budget. */
    public boolean spendsErrorBudget() {
        return this == FAILED || this == TIMED_OUT_EXECUTION;
    }

    /** Returns whether a target in this state is occupying a concurrency slot. */
    public boolean inFlight() {
        return this == DISPATCHED || this == IN_PROGRESS;
    }
}
