package io.pcmops.model;

/**
 * Result of checking the audit log's hash chain.
 *
 * @param valid         whether every entry's hash and link are intact
 * @param eventsChecked entries checked
 * @param firstBroken   sequence of the first bad entry, or {@code null}
 * @param message       explanation
 */
public record AuditVerification(boolean valid, long eventsChecked, Long firstBroken, String message) {
}
