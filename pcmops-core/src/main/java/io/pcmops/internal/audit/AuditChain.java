package io.pcmops.internal.audit;

import io.pcmops.internal.util.Hashing;
import io.pcmops.model.AuditEvent;
import java.util.TreeMap;

/**
 * The chain of the audit log: each event's hash covers its own fields and the previous event's hash, so changing,
 * removing or reordering any event breaks every hash after it. Events are sealed with an HMAC-SHA256 under a key
 * kept outside the database ({@link AuditKey}); events written before the chain was keyed carry a plain SHA-256 of
 * the same text.
 */
public final class AuditChain {

    /** Hash the first event links to. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** Returns the hash an event written before the chain was keyed should carry. */
    public static String legacyHash(AuditEvent event) {
        return Hashing.sha256(text(event));
    }

    /** Returns the canonical text of an event's fields and previous hash (its own hash excluded). */
    static String text(AuditEvent event) {
        StringBuilder text = new StringBuilder();
        field(text, Long.toString(event.sequence()));
        field(text, Long.toString(event.at().toEpochMilli()));
        field(text, event.actor());
        field(text, event.action());
        field(text, event.subject());
        field(text, event.targets());
        field(text, event.scriptHash() == null ? "" : event.scriptHash());
        field(text, event.result());
        new TreeMap<>(event.details()).forEach((key, value) -> field(field(text, key), value));
        field(text, event.previousHash());
        return text.toString();
    }

    private static StringBuilder field(StringBuilder text, String value) {
        return text.append(value.length()).append(':').append(value).append(';');
    }
}
