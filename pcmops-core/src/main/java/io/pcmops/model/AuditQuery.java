package io.pcmops.model;

import java.time.Instant;

/**
 * Filters for reading the audit log, newest first.
 *
 * @param actor  only this actor
 * @param action only actions starting with this text (e.g. {@code run.})
 * @param since  only entries at or after this instant
 * @param page   which page
 */
public record AuditQuery(String actor, String action, Instant since, PageRequest page) {

    public AuditQuery {
        page = page == null ? PageRequest.first() : page;
    }

    /** Returns the newest entries. */
    public static AuditQuery latest() {
        return new AuditQuery(null, null, null, null);
    }
}
