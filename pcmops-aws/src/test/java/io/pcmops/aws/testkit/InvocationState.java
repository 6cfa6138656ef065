package io.pcmops.aws.testkit;

/**
 * An invocation's ({@code Status}, {@code StatusDetails}) pair, per SSM-BEHAVIOUR.md §3.2. {@link #TERMINATED} (never
 * sent because the command exceeded MaxErrors) has an undocumented Status; the simulator reports {@code Failed}.
 */
enum InvocationState {
    PENDING("Pending", "Pending", false),
    IN_PROGRESS("InProgress", "InProgress", false),
    DELAYED("Delayed", "Delayed", false),
    CANCELLING("Cancelling", "Cancelling", false),
    SUCCESS("Success", "Success", true),
    FAILED("Failed", "Failed", true),
    EXECUTION_TIMED_OUT("TimedOut", "ExecutionTimedOut", true),
    DELIVERY_TIMED_OUT("TimedOut", "DeliveryTimedOut", true),
    CANCELLED("Cancelled", "Cancelled", true),
    UNDELIVERABLE("Failed", "Undeliverable", true),
    TERMINATED("Failed", "Terminated", true);

    private final String status;
    private final String details;
    private final boolean terminal;

    InvocationState(String status, String details, boolean terminal) {
        this.status = status;
        this.details = details;
        this.terminal = terminal;
    }

    String status() {
        return status;
    }

    String details() {
        return details;
    }

    boolean terminal() {
        return terminal;
    }

    /** ErrorCount counts Failed and ExecutionTimedOut only (§3.3). */
    boolean countsAsError() {
        return this == FAILED || this == EXECUTION_TIMED_OUT;
    }

    /** Undeliverable-like outcomes that never decide Success vs failure when some invocation succeeded. */
    boolean neutral() {
        return this == UNDELIVERABLE;
    }

    /** Whether a {@code Status} filter value selects this state (it may name the Status or the StatusDetails). */
    boolean matchesFilter(String value) {
        return status.equals(value) || details.equals(value);
    }
}
