package io.pcmops.model;

import java.util.List;

/**
 * Targets read from a CSV file.
 *
 * @param selector     a selector naming exactly those targets (ids, and the accounts and regions they sit in)
 * @param changeTicket the change number found in the file, or {@code null}
 * @param rows         the rows as read
 */
public record CsvSelection(Selector selector, String changeTicket, List<Row> rows) {

    public CsvSelection {
        rows = List.copyOf(rows);
    }

    /**
     * One row of the file.
     *
     * @param line      line number in the file, from 1 (the header is line 1)
     * @param targetId  instance id
     * @param account   account id, or empty
     * @param region    region, or empty
     * @param platform  platform, or empty
     * @param name      name, or empty
     */
    public record Row(int line, String targetId, String account, String region, String platform, String name) {
    }
}
