package io.pcmops.http.view;

import io.pcmops.model.Page;

/**
 * Query strings of the pages before and after one page of a list, keeping the list's filters.
 *
 * @param next     query of the following page, or {@code null} on the last page
 * @param previous query of the preceding page, or {@code null} on the first page
 */
public record PageLinks(String next, String previous) {

    /** Returns the links around a page; {@code filters} is the list's query string without paging. */
    public static PageLinks of(String filters, Page<?> page) {
        String next = page.hasMore() ? filters + "&offset=" + (page.offset() + page.items().size()) : null;
        String previous = page.offset() > 0 ? filters + "&offset=" + Math.max(0, page.offset() - page.limit())
                : null;
        return new PageLinks(next, previous);
    }
}
