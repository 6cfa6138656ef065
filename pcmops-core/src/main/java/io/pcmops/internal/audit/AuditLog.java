package io.pcmops.internal.audit;

import io.pcmops.Audit;
import io.pcmops.internal.store.AuditStore;
import io.pcmops.model.AuditEntry;
import io.pcmops.model.AuditEvent;
import io.pcmops.model.AuditQuery;
import io.pcmops.model.AuditVerification;
import io.pcmops.model.Page;
import java.time.Clock;
import javax.inject.Inject;
import javax.inject.Singleton;

/** {@link Audit} over an {@link AuditStore}, with the {@link AuditChain} hashes. */
@Singleton
public final class AuditLog implements Audit {

    private final AuditStore store;
    private final Clock clock;

    @Inject
    public AuditLog(AuditStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public AuditEvent append(AuditEntry entry) {
        return store.append(entry, clock.instant(), AuditChain::seal);
    }

    @Override
    public Page<AuditEvent> list(AuditQuery query) {
        return store.list(query);
    }

    @Override
    public AuditVerification verify() {
        ChainWalker walker = new ChainWalker();
        store.forEach(walker);
        return walker.verdict();
    }
}
