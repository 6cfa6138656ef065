package io.pcmops.internal.store;

import io.pcmops.model.AuditEntry;
import io.pcmops.model.AuditEvent;
import io.pcmops.model.AuditQuery;
import io.pcmops.model.Page;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

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

    /** Returns the stored anchor of the keyed chain, if the log was anchored. */
    Optional<AuditAnchor> anchor();

    /**
     * Returns the stored anchor, first creating it (in one write transaction, so no event is appended meanwhile)
     * from the last event, or from nothing for an empty log. The function may fail; then nothing is stored.
     */
    AuditAnchor anchorOnce(Function<Optional<ChainHead>, AuditAnchor> create);

    /** Seals an entry at a position of the chain. */
    @FunctionalInterface
    interface Sealer {
        /**
         * Returns the stored form of an entry.
         *
         * @param previousHash the last event's hash, or {@code null} when the log is empty
         */
        AuditEvent seal(long sequence, Instant at, AuditEntry entry, String previousHash);
    }

    /**
     * The last event of the log.
     *
     * @param sequence its sequence
     * @param hash     its hash
     */
    record ChainHead(long sequence, String hash) {
    }

    /**
     * Where the keyed chain starts.
     *
     * @param keyedFrom  first sequence sealed with the key
     * @param legacyHead hash of the last event sealed before, or {@code null} when there was none
     */
    record AuditAnchor(long keyedFrom, String legacyHead) {
    }
}
