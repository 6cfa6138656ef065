package io.pcmops.cli.render;

import io.pcmops.CsvCells;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints tables as CSV, written the library's one way ({@link CsvCells}: RFC 4180, formula-like cells neutralised). */
public final class Csv {

    private Csv() {
    }

    /** Prints a table as CSV, header first. */
    public static void print(Table table, PrintWriter out) {
        record(table.header().stream().map(Csv::columnName).toList(), out);
        table.rows().forEach(row -> record(row, out));
        out.flush();
    }

    private static void record(List<String> fields, PrintWriter out) {
        out.print(CsvCells.record(fields));
    }

    private static String columnName(String header) {
        return header.toLowerCase(Locale.ROOT).replace(' ', '_');
    }
}
