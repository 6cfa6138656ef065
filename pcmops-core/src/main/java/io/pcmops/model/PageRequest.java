package io.pcmops.model;

import io.pcmops.InvalidRequestException;

/**
 * Which page of a list to return.
 *
 * @param offset index of the first item (0 or more)
 * @param limit  page size (1 to {@link Page#MAX_LIMIT}; default {@link Page#DEFAULT_LIMIT})
 */
public record PageRequest(int offset, int limit) {

    public PageRequest {
        if (offset < 0) {
            throw new InvalidRequestException("offset must be 0 or more, not " + offset);
        }
        if (limit < 1 || limit > Page.MAX_LIMIT) {
            throw new InvalidRequestException("limit must be between 1 and " + Page.MAX_LIMIT + ", not " + limit);
        }
    }

    /** Returns the first page with the default size. */
    public static PageRequest first() {
        return new PageRequest(0, Page.DEFAULT_LIMIT);
    }

    /** Returns a page; {@code null} values take the defaults. */
    public static PageRequest of(Integer offset, Integer limit) {
        return new PageRequest(offset == null ? 0 : offset, limit == null ? Page.DEFAULT_LIMIT : limit);
    }
}
