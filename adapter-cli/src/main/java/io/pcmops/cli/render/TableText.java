package io.pcmops.cli.render;

import java.io.PrintWriter;
import java.util.List;

/** Prints a {@link Table} as aligned columns; one line per row, cells cut to one line. */
final class TableText {

    private static final int MAX_CELL = 80;

    private TableText() {
    }

    static void print(Table table, PrintWriter out, Style style) {
        int[] widths = widths(table);
        out.println(style.bold(line(table.header(), widths)));
        for (List<String> row : table.rows()) {
            out.println(line(row, widths));
        }
    }

    private static int[] widths(Table table) {
        int[] widths = new int[table.header().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = table.header().get(i).length();
        }
        for (List<String> row : table.rows()) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], cell(row.get(i)).length());
            }
        }
        return widths;
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cell(cells.get(i));
            text.append(cell);
            if (i < cells.size() - 1) {
                text.append(" ".repeat(widths[i] - cell.length() + 2));
            }
        }
        return text.toString().stripTrailing();
    }

    private static String cell(String value) {
        String flat = TerminalText.clean(value).replace('\n', ' ').replace('\t', ' ');
        return flat.length() <= MAX_CELL ? flat : flat.substring(0, MAX_CELL - 1) + "…";
    }
}
