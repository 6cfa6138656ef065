package io.pcmops.model;

/** Status of a run as a whole. */
public enum RunStatus {
    /** Created; no target sent yet. */
    PENDING,
    /** Sending and tracking targets. */
    RUNNING,
    /** A cancel was requested; in-flight targets are being stopped. */
    CANCELLING,
    /** Every target succeeded. */
    SUCCEEDED,
    /** Finished; at least one target did not succeed. */
    COMPLETED_WITH_FAILURES,
    /** Finished after a cancel. */
    CANCELLED;

    /** Returns whether the run has finished. */
    public boolean terminal() {
        return this == SUCCEEDED || this == COMPLETED_WITH_FAILURES || this == CANCELLED;
    }
}
