package io.pcmops;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes CSV the one way every CSV of PCM-Ops is written (run exports, the command line's {@code --output csv}):
 * RFC 4180 quoting with CRLF line ends, and cells that a spreadsheet would run as a formula neutralised (OWASP CSV
 * injection): a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a
 * leading {@code '}, unless it is a plain number such as {@code -1}.
 */
public final class CsvCells {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");

    private CsvCells() {
    }

    /** Returns one record: its cells, each neutralised and quoted as needed, joined by commas, ending in CRLF. */
    public static String record(List<String> cells) {
        return cells.stream().map(CsvCells::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    /**
     * Returns one cell as written: {@code null} as empty; a formula-like start neutralised with {@code '}; quoted
     * when it holds a comma, a double quote, CR or LF (inner quotes doubled).
     */
    public static String cell(String value) {
        String text = neutralised(value == null ? "" : value);
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static String neutralised(String text) {
        if (text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0 || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }
}
