package io.pcmops.model;

/** Where a workflow run stands. */
public enum WorkflowRunStatus {
    /** A step is starting or running. */
    RUNNING(false),
    /** Waiting for a person at a step's gate; nothing runs. */
    WAITING(false),
    /** A cancel was asked for; the running step's runs are being cancelled. */
    CANCELLING(false),
    /** Every target ended its last step with PASS or WARN. */
    SUCCEEDED(true),
    /** Some target failed a step or was skipped. */
    COMPLETED_WITH_FAILURES(true),
    /** Cancelled by a user. */
    CANCELLED(true),
    /** A step could not be started (see the run's message). */
    FAILED(true);

    private final boolean terminal;

    WorkflowRunStatus(boolean terminal) {
        this.terminal = terminal;
    }

    /** Returns whether this status is final. */
    public boolean terminal() {
        return terminal;
    }
}
