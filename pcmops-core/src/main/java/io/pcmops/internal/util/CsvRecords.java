package io.pcmops.internal.util;

import io.pcmops.InvalidRequestException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV (writing is {@link io.pcmops.CsvCells}'s): comma-separated fields, optional double quotes, {@code ""} for a quote inside
 * quotes, CRLF or LF line ends; a leading UTF-8 byte-order mark is skipped.
 */
public final class CsvRecords {

    private CsvRecords() {
    }

    /**
     * One record and the line it starts on.
     *
     * @param line   line number, from 1
     * @param fields the fields
     */
    public record CsvRecord(int line, List<String> fields) {
    }

    /** Reads every record; blank lines are skipped. */
    public static List<CsvRecord> read(Reader reader) {
        try {
            return new Parser(reader).records();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Parser {
        private final Reader reader;
        private final List<CsvRecord> records = new ArrayList<>();
        private List<String> fields = new ArrayList<>();
        private StringBuilder field = new StringBuilder();
        private int line = 1;
        private int recordLine = 1;
        private boolean quoted;
        private boolean fieldStarted;

        Parser(Reader reader) {
            this.reader = reader;
        }

        List<CsvRecord> records() throws IOException {
            int c = reader.read();
            if (c == '\uFEFF') {
                c = reader.read();
            }
            for (; c != -1; c = reader.read()) {
                c = quoted ? inQuotes(c) : outside(c);
            }
            if (quoted) {
                throw new InvalidRequestException("line " + recordLine + ": a quoted field is never closed");
            }
            endRecord();
            return records;
        }

        private int inQuotes(int c) throws IOException {
            if (c == '"') {
                int next = reader.read();
                if (next == '"') {
                    field.append('"');
                    return 0;
                }
                quoted = false;
                return next == -1 ? -1 : outside(next);
            }
            line += c == '\n' ? 1 : 0;
            field.append((char) c);
            return 0;
        }

        private int outside(int c) {
            switch (c) {
                case '"' -> {
                    if (fieldStarted) {
                        throw new InvalidRequestException("line " + line + ": a quote inside an unquoted field");
                    }
                    quoted = true;
                    fieldStarted = true;
                }
                case ',' -> endField();
                case '\r' -> { }
                case '\n' -> {
                    endRecord();
                    line++;
                    recordLine = line;
                }
                default -> {
                    field.append((char) c);
                    fieldStarted = true;
                }
            }
            return 0;
        }

        private void endField() {
            fields.add(field.toString());
            field = new StringBuilder();
            fieldStarted = false;
        }

        private void endRecord() {
            endField();
            boolean blank = fields.size() == 1 && fields.get(0).isBlank();
            if (!blank) {
                records.add(new CsvRecord(recordLine, List.copyOf(fields)));
            }
            fields = new ArrayList<>();
        }
    }
}
