package io.pcmops.cli.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Rows under a header, printed as aligned columns or as CSV. Cells are text; {@code null} prints as empty. */
public final class Table {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    private Table(List<String> header) {
        this.header = List.copyOf(header);
    }

    /** Returns an empty table with these column names. */
    public static Table of(String... header) {
        return new Table(Arrays.asList(header));
    }

    /** Adds a row; it must have one value per column. */
    public Table row(Object... values) {
        if (values.length != header.size()) {
            throw new IllegalArgumentException("a row of " + header.size() + " columns got " + values.length);
        }
        rows.add(Arrays.stream(values).map(v -> Objects.toString(v, "")).toList());
        return this;
    }

    public List<String> header() {
        return header;
    }

    public List<List<String>> rows() {
        return List.copyOf(rows);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
