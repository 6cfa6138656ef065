package io.pcmops.model;

import java.util.Map;
import java.util.Objects;

/**
 * What a caller records in the audit log; the log adds the time, sequence and hashes.
 *
 * @param actor      who did it
 * @param action     what was done
 * @param subject    what it was done to
 * @param targets    summary of the targets involved
 * @param scriptHash script hash, or {@code null}
 * @param result     outcome
 * @param details    further facts; never secrets
 */
public record AuditEntry(String actor, String action, String subject, String targets, String scriptHash,
                         String result, Map<String, String> details) {

    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        subject = subject == null ? "" : subject;
        targets = targets == null ? "" : targets;
        result = result == null ? "" : result;
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** Returns an entry with only actor, action, subject and result. */
    public static AuditEntry of(String actor, String action, String subject, String result) {
        return new AuditEntry(actor, action, subject, "", null, result, Map.of());
    }
}
