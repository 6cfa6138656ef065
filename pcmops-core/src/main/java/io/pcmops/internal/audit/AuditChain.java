package io.pcmops.internal.audit;

import io.pcmops.internal.util.Hashing;
import io.pcmops.model.AuditEntry;
import io.pcmops.model.AuditEvent;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hash chain of the audit log: each event's hash covers its own fields and the previous event's hash, so
 * changing, removing or reordering any event breaks every hash after it.
 */
public final class AuditChain {

    /** Hash the first event links to. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** Returns the stored form of an entry at a position of the chain. */
    public static AuditEvent seal(long sequence, Instant at, AuditEntry entry, String previousHash) {
        String hash = hash(sequence, at, entry.actor(), entry.action(), entry.subject(), entry.targets(),
                entry.scriptHash(), entry.result(), entry.details(), previousHash);
        return new AuditEvent(sequence, at, entry.actor(), entry.action(), entry.subject(), entry.targets(),
                entry.scriptHash(), entry.result(), entry.details(), previousHash, hash);
    }

    /** Recomputes the hash an event should carry. */
    public static String expectedHash(AuditEvent event) {
        return hash(event.sequence(), event.at(), event.actor(), event.action(), event.subject(), event.targets(),
                event.scriptHash(), event.result(), event.details(), event.previousHash());
    }

    private static String hash(long sequence, Instant at, String actor, String action, String subject, String targets,
                               String scriptHash, String result, Map<String, String> details, String previousHash) {
        StringBuilder text = new StringBuilder();
        field(text, Long.toString(sequence));
        field(text, Long.toString(at.toEpochMilli()));
        field(text, actor);
        field(text, action);
        field(text, subject);
        field(text, targets);
        field(text, scriptHash == null ? "" : scriptHash);
        field(text, result);
        new TreeMap<>(details).forEach((key, value) -> field(field(text, key), value));
        field(text, previousHash);
        return Hashing.sha256(text.toString());
    }

    private static StringBuilder field(StringBuilder text, String value) {
        return text.append(value.length()).append(':').append(value).append(';');
    }
}
