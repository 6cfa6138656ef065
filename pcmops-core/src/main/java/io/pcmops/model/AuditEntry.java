package io.pcmops.model;

import java.util.Map;
import java.util.Objects;

/**
 * What a caller records in the audit log; the log adds the time, sequence and hashes. Every text is bounded: a
 * longer value is cut and ends with a marker saying how much was cut ({@code …[cut N chars]}).
 *
 * @param actor      who did it (at most 200 characters)
 * @param action     what was done (at most 100)
 * @param subject    what it was done to (at most 500)
 * @param targets    summary of the targets involved (at most 1,000)
 * @param scriptHash script hash, or {@code null} (at most 128)
 * @param result     outcome (at most 500)
 * @param details    further facts, never secrets: at most 32 entries, names of at most 100 characters, values
 *                   of at most 2,000
 */
public record AuditEntry(String actor, String action, String subject, String targets, String scriptHash,
                         String result, Map<String, String> details) {

    public AuditEntry {
        actor = AuditText.cut(Objects.requireNonNull(actor, "actor"), 200);
        action = AuditText.cut(Objects.requireNonNull(action, "action"), 100);
        subject = AuditText.cut(subject == null ? "" : subject, 500);
        targets = AuditText.cut(targets == null ? "" : targets, 1000);
        scriptHash = scriptHash == null ? null : AuditText.cut(scriptHash, 128);
        result = AuditText.cut(result == null ? "" : result, 500);
        details = AuditText.details(details == null ? Map.of() : details);
    }

    /** Returns an entry with only actor, action, subject and result. */
    public static AuditEntry of(String actor, String action, String subject, String result) {
        return new AuditEntry(actor, action, subject, "", null, result, Map.of());
    }
}
