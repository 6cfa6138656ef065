package io.pcmops.model;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items  the items on this page
 * @param total  number of items in the whole list
 * @param offset index of the first item of this page
 * @param limit  page size asked for
 * @param <T>    item type
 */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    /** Default page size of every list. */
    public static final int DEFAULT_LIMIT = 100;
    /** Largest page size a caller may ask for. */
    public static final int MAX_LIMIT = 500;

    public Page {
        items = List.copyOf(items);
    }

    /** Returns whether items follow this page. */
    public boolean hasMore() {
        return offset + items.size() < total;
    }
}
