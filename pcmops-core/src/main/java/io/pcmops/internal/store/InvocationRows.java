package io.pcmops.internal.store;

import io.pcmops.model.Invocation;
import io.pcmops.model.InvocationState;
import io.pcmops.model.OutputText;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps invocation rows (joined with their output) to {@link Invocation}s. */
final class InvocationRows {

    private InvocationRows() {
    }

    /** Maps a row; output text is cut to at most {@code previewBytes} UTF-8 bytes. */
    static Invocation invocation(ResultSet row, int previewBytes) throws SQLException {
        return new Invocation(RunRows.target(row), InvocationState.valueOf(row.getString("state")),
                row.getString("reason"), Sql.integer(row, "exit_code"), preview(row.getString("out_text"), previewBytes),
                preview(row.getString("err_text"), previewBytes), Sql.flag(row, "stdout_truncated"),
                Sql.flag(row, "stderr_truncated"), row.getLong("stdout_bytes"), row.getLong("stderr_bytes"),
                Sql.instant(row, "started_at"), Sql.instant(row, "ended_at"), row.getString("unit_ref"));
    }

    static OutputText output(ResultSet row, String textColumn, String prefix) throws SQLException {
        return new OutputText(row.getString(textColumn), Sql.flag(row, prefix + "_truncated"),
                row.getLong(prefix + "_bytes"));
    }

    /** Cuts text to at most {@code maxBytes} UTF-8 bytes without splitting a character. */
    static String preview(String text, int maxBytes) {
        if (text == null) {
            return "";
        }
        if (maxBytes == Integer.MAX_VALUE || text.length() * 3L <= maxBytes) {
            return text;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= maxBytes) {
            return text;
        }
        int end = maxBytes;
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }
}
