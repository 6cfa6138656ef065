package io.pcmops.model;

import java.util.Set;

/**
 * Filters for listing a run's invocations, in plan order.
 *
 * @param states   states to include; empty means all
 * @param search   case-insensitive text that the target id or name must contain, or {@code null}
 * @param page     which page
 */
public record InvocationQuery(Set<InvocationState> states, String search, PageRequest page) {

    public InvocationQuery {
        states = states == null ? Set.of() : Set.copyOf(states);
        search = search == null || search.isBlank() ? null : search.trim();
        page = page == null ? PageRequest.first() : page;
    }

    /** Returns the first page of all invocations. */
    public static InvocationQuery all() {
        return new InvocationQuery(null, null, null);
    }

    /** Returns all invocations, paged. */
    public static InvocationQuery page(PageRequest page) {
        return new InvocationQuery(null, null, page);
    }
}
