package io.pcmops.internal.audit;

import io.pcmops.internal.store.AuditStore.AuditAnchor;
import io.pcmops.model.AuditEvent;
import io.pcmops.model.AuditProblem;
import io.pcmops.model.AuditVerification;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Checks events in sequence order: contiguous sequence numbers, intact links, intact hashes (SHA-256 before the
 * anchor, the keyed HMAC from it on), the anchor's recorded head, and every checkpoint kept outside the database.
 */
final class ChainWalker implements Consumer<AuditEvent> {

    private final AuditAnchor anchor;
    private final AuditKey key;
    private final Map<Long, Set<String>> checkpoints;
    private final Findings findings = new Findings();
    private long checked;
    private String previousHash = AuditChain.GENESIS;

    ChainWalker(AuditAnchor anchor, AuditKey key, Map<Long, Set<String>> checkpoints) {
        this.anchor = anchor;
        this.key = key;
        this.checkpoints = checkpoints;
    }

    @Override
    public void accept(AuditEvent event) {
        checked++;
        if (event.sequence() != checked) {
            findings.note(AuditProblem.ALTERED, checked, "event " + checked + " is missing");
        } else if (!event.previousHash().equals(previousHash)) {
            findings.note(AuditProblem.ALTERED, event.sequence(), "event " + event.sequence()
                    + " does not link to the event before it");
        } else if (!event.hash().equals(expectedHash(event))) {
            findings.note(AuditProblem.ALTERED, event.sequence(), "event " + event.sequence()
                    + " was altered after it was written");
        }
        Set<String> recorded = checkpoints.getOrDefault(event.sequence(), Set.of());
        if (!recorded.isEmpty() && !recorded.equals(Set.of(event.hash()))) {
            findings.note(AuditProblem.REWRITTEN, event.sequence(), "event " + event.sequence()
                    + " differs from its checkpoint outside the database: the log was rewritten");
        }
        if (event.sequence() == anchor.keyedFrom() - 1 && !event.hash().equals(anchor.legacyHead())) {
            findings.note(AuditProblem.REWRITTEN, event.sequence(), "event " + event.sequence()
                    + " is not the head the chain was anchored on: events before it were rewritten");
        }
        previousHash = event.hash();
    }

    AuditVerification verdict() {
        long lastCheckpoint = checkpoints.isEmpty() ? 0 : Collections.max(checkpoints.keySet());
        long expectedEnd = Math.max(lastCheckpoint, anchor.keyedFrom() - 1);
        if (expectedEnd > checked) {
            findings.note(AuditProblem.TRUNCATED, checked + 1, "the log ends at event " + checked + " but event "
                    + expectedEnd + " was recorded outside the database: events " + (checked + 1) + " to "
                    + expectedEnd + " were removed");
        }
        if (checkpoints.isEmpty() && checked >= anchor.keyedFrom()) {
            findings.note(AuditProblem.UNANCHORED, anchor.keyedFrom(), "no audit checkpoint file was found, so "
                    + "removed events at the end could not be detected");
        }
        return findings.verdict(checked, anchor.keyedFrom() - 1);
    }

    private String expectedHash(AuditEvent event) {
        return event.sequence() < anchor.keyedFrom() ? AuditChain.legacyHash(event) : key.hash(event);
    }
}
