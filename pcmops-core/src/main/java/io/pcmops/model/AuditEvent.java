package io.pcmops.model;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of the append-only audit log. Each entry carries the hash of the one before it.
 *
 * @param sequence   position in the log, from 1
 * @param at         when it happened
 * @param actor      who did it
 * @param action     what was done, e.g. {@code run.start}, {@code credential.add}, {@code login.failed}
 * @param subject    what it was done to (a run id, a root id, a user name…)
 * @param targets    summary of the targets involved, may be empty
 * @param scriptHash hash of the script involved, or {@code null}
 * @param result     outcome, e.g. {@code ok}, {@code denied}, {@code SUCCEEDED}
 * @param details    further facts; never secrets
 * @param previousHash hash of the previous entry (64 zeros for the first)
 * @param hash       SHA-256 over this entry's fields and {@code previousHash}
 */
public record AuditEvent(long sequence, Instant at, String actor, String action, String subject, String targets,
                         String scriptHash, String result, Map<String, String> details, String previousHash,
                         String hash) {

    public AuditEvent {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
