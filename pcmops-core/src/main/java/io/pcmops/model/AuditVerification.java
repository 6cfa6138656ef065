package io.pcmops.model;

/**
 * Result of checking the audit log: its keyed hash chain, and the checkpoints and anchor kept outside the database.
 *
 * @param valid         whether every event, link and checkpoint is intact
 * @param eventsChecked events checked
 * @param firstBroken   sequence of the first bad (or first missing) event, or {@code null}
 * @param message       explanation
 * @param problem       what kind of damage was found ({@link AuditProblem#NONE} when valid)
 */
public record AuditVerification(boolean valid, long eventsChecked, Long firstBroken, String message,
                                AuditProblem problem) {

    public AuditVerification {
        problem = problem == null ? (valid ? AuditProblem.NONE : AuditProblem.ALTERED) : problem;
    }
}
