package io.pcmops.internal.audit;

import io.pcmops.model.AuditEvent;
import io.pcmops.model.AuditVerification;
import java.util.function.Consumer;

/** Checks events in sequence order: contiguous sequence numbers, intact links, intact hashes. */
final class ChainWalker implements Consumer<AuditEvent> {

    private long checked;
    private String previousHash = AuditChain.GENESIS;
    private Long firstBroken;
    private String problem;

    @Override
    public void accept(AuditEvent event) {
        checked++;
        if (firstBroken != null) {
            return;
        }
        if (event.sequence() != checked) {
            fail(event, "sequence " + checked + " is missing");
        } else if (!event.previousHash().equals(previousHash)) {
            fail(event, "event " + event.sequence() + " does not link to the event before it");
        } else if (!event.hash().equals(AuditChain.expectedHash(event))) {
            fail(event, "event " + event.sequence() + " was altered after it was written");
        }
        previousHash = event.hash();
    }

    AuditVerification verdict() {
        if (firstBroken != null) {
            return new AuditVerification(false, checked, firstBroken, problem);
        }
        return new AuditVerification(true, checked, null, "all " + checked + " events intact");
    }

    private void fail(AuditEvent event, String message) {
        firstBroken = event.sequence();
        problem = message;
    }
}
