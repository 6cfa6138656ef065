package io.pcmops.model;

import java.time.Instant;
import java.util.Set;

/**
 * Filters for listing runs; empty fields do not filter. Newest runs come first.
 *
 * @param statuses     run statuses to include
 * @param since        only runs created at or after this instant
 * @param requestedBy  only runs requested by this user
 * @param changeTicket only runs under this change ticket
 * @param page         which page
 */
public record RunQuery(Set<RunStatus> statuses, Instant since, String requestedBy, String changeTicket,
                       PageRequest page) {

    public RunQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        page = page == null ? PageRequest.first() : page;
    }

    /** Returns a query for the latest runs, first page. */
    public static RunQuery latest() {
        return new RunQuery(null, null, null, null, null);
    }

    public RunQuery withStatuses(Set<RunStatus> value) {
        return new RunQuery(value, since, requestedBy, changeTicket, page);
    }

    public RunQuery withSince(Instant value) {
        return new RunQuery(statuses, value, requestedBy, changeTicket, page);
    }

    public RunQuery withRequestedBy(String value) {
        return new RunQuery(statuses, since, value, changeTicket, page);
    }

    public RunQuery withChangeTicket(String value) {
        return new RunQuery(statuses, since, requestedBy, value, page);
    }

    public RunQuery withPage(PageRequest value) {
        return new RunQuery(statuses, since, requestedBy, changeTicket, value);
    }
}
