package io.pcmops.internal.audit;

import io.pcmops.Audit;
import io.pcmops.PersistenceException;
import io.pcmops.internal.store.AuditStore;
import io.pcmops.internal.store.AuditStore.AuditAnchor;
import io.pcmops.internal.store.AuditStore.ChainHead;
import io.pcmops.model.AuditEntry;
import io.pcmops.model.AuditEvent;
import io.pcmops.model.AuditProblem;
import io.pcmops.model.AuditQuery;
import io.pcmops.model.AuditVerification;
import io.pcmops.model.Page;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Audit} over an {@link AuditStore}: events sealed with the keyed {@link AuditChain}, each followed by a
 * checkpoint outside the database. Stores from before the chain was keyed keep their events: on the first start
 * the log is anchored (the keyed chain starts after the last of them, whose hash is recorded in
 * {@code audit.anchor} and the database) and those events are checked against that recorded head.
 */
public final class AuditLog implements Audit {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);

    private final AuditStore store;
    private final Clock clock;
    private final AuditKey key;
    private final AnchorFile anchorFile;
    private final CheckpointFile checkpoints;

    public AuditLog(AuditStore store, Clock clock, AuditKey key, Path dataDirectory) {
        this.store = store;
        this.clock = clock;
        this.key = key;
        this.anchorFile = new AnchorFile(dataDirectory);
        this.checkpoints = new CheckpointFile(dataDirectory);
    }

    /**
     * Anchors the keyed chain on the first start. A store anchored before whose anchor file is gone is left as it
     * is (a new anchor could hide a rewrite); {@link #verify()} reports it.
     */
    public void open() {
        Optional<AuditAnchor> fromFile = anchorFile.read();
        if (fromFile.isPresent()) {
            store.anchorOnce(head -> fromFile.get());
            return;
        }
        if (store.anchor().isPresent()) {
            LOG.warn("the audit anchor {} is missing; 'audit verify' will report the log as unanchored",
                    anchorFile.path());
            return;
        }
        store.anchorOnce(this::anchorOn);
    }

    @Override
    public AuditEvent append(AuditEntry entry) {
        AuditEvent event = store.append(entry, clock.instant(), key::seal);
        checkpoints.record(event.sequence(), event.hash());
        return event;
    }

    @Override
    public Page<AuditEvent> list(AuditQuery query) {
        return store.list(query);
    }

    @Override
    public AuditVerification verify() {
        Optional<AuditAnchor> anchor = anchorFile.read();
        if (anchor.isEmpty()) {
            return new AuditVerification(false, 0, null, "the audit anchor " + anchorFile.path() + " is missing, "
                    + "so the log cannot be told from a rewritten one", AuditProblem.UNANCHORED);
        }
        Optional<AuditAnchor> stored = store.anchor();
        if (stored.isPresent() && !stored.get().equals(anchor.get())) {
            return new AuditVerification(false, 0, stored.get().keyedFrom(), "the chain anchor in the database "
                    + "differs from " + anchorFile.path() + ": the log was rewritten", AuditProblem.REWRITTEN);
        }
        ChainWalker walker = new ChainWalker(anchor.get(), key, readCheckpoints());
        store.forEach(walker);
        return walker.verdict();
    }

    private AuditAnchor anchorOn(Optional<ChainHead> head) {
        AuditAnchor anchor = new AuditAnchor(head.map(ChainHead::sequence).orElse(0L) + 1,
                head.map(ChainHead::hash).orElse(null));
        anchorFile.write(anchor);
        head.ifPresent(last -> {
            checkpoints.record(last.sequence(), last.hash());
            LOG.info("audit chain keyed from event {}; the {} events before it keep their SHA-256 chain, anchored "
                    + "on its head", anchor.keyedFrom(), last.sequence());
        });
        return anchor;
    }

    private Map<Long, Set<String>> readCheckpoints() {
        try {
            return checkpoints.read();
        } catch (IOException e) {
            throw new PersistenceException("cannot read the audit checkpoints: " + e.getMessage(), e);
        }
    }
}
