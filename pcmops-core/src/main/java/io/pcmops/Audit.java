package io.pcmops;

import io.pcmops.model.AuditEntry;
import io.pcmops.model.AuditEvent;
import io.pcmops.model.AuditQuery;
import io.pcmops.model.AuditVerification;
import io.pcmops.model.Page;

/** The append-only, hash-chained audit log. */
public interface Audit {

    /** Appends an entry and returns it as stored, with its sequence and hashes. */
    AuditEvent append(AuditEntry entry);

    /** Lists entries, newest first. */
    Page<AuditEvent> list(AuditQuery query);

    /** Walks the whole chain, recomputing every hash. */
    AuditVerification verify();
}
