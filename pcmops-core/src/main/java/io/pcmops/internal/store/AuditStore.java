package io.pcmops.internal.store;

import io.pcmops.model.AuditEntry;
import io.pcmops.model.AuditEvent;
import io.pcmops.model.AuditQuery;
import io.pcmops.model.Page;
import java.time.Instant;
import java.util.function.Consumer;

/** The audit log's rows; appending and reading only. */
public interface AuditStore {

    /**
     * Appends an entry, sealing it in the same transaction that reads the last event.
     *
     * @param sealer turns (sequence, time, entry, previous hash) into the stored event
     */
    AuditEvent append(AuditEntry entry, Instant at, Sealer sealer);

    Page<AuditEvent> list(AuditQuery query);

    /** Feeds every event to the consumer in sequence order. */
    void forEach(Consumer<AuditEvent> consumer);

    /** Seals an entry at a position of the chain. */
    @FunctionalInterface
    interface Sealer {
        AuditEvent seal(long sequence, Instant at, AuditEntry entry, String previousHash);
    }
}
