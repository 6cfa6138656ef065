package io.pcmops.model;

/** What {@code audit verify} found wrong with the audit log, from the most telling on. */
public enum AuditProblem {
    /** Nothing: every event, link and checkpoint agrees. */
    NONE,
    /** Events are missing at the end: a checkpoint kept outside the database names an event the log lacks. */
    TRUNCATED,
    /** The log was rewritten: a stored event differs from its checkpoint, or from the recorded chain anchor. */
    REWRITTEN,
    /** An event was changed, removed or reordered in place: its hash, link or sequence number is wrong. */
    ALTERED,
    /** The anchor or checkpoint files outside the database are missing, so truncation cannot be ruled out. */
    UNANCHORED
}
