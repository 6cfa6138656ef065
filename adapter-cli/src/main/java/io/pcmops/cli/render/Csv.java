package io.pcmops.cli.render;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Writes RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break. */
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
        for (int i = 0; i < fields.size(); i++) {
            out.print(i == 0 ? "" : ",");
            out.print(field(fields.get(i)));
        }
        out.print("\r\n");
    }

    private static String columnName(String header) {
        return header.toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
