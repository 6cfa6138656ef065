package io.pcmops.internal.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Tells a store that cannot be written at all (disk full, read-only, I/O error) from an ordinary failed write. */
final class StoreFailures {

    private StoreFailures() {
    }

    /** Returns a message for the user when the error means the store cannot be written, else {@code null}. */
    static String unwritable(SQLException error, Path file) {
        if (!(error instanceof SQLiteException sqlite)) {
            return null;
        }
        int primary = sqlite.getResultCode().code & 0xff;
        String where = file.getParent().toString();
        if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
            return "the store cannot be written: the disk holding " + where + " is full (SQLITE_FULL); free some "
                    + "space there";
        }
        if (primary == SQLiteErrorCode.SQLITE_READONLY.code) {
            return "the store cannot be written: " + file + " is read-only (SQLITE_READONLY)";
        }
        if (primary == SQLiteErrorCode.SQLITE_IOERR.code || primary == SQLiteErrorCode.SQLITE_CANTOPEN.code
                || primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return "the store cannot be written: " + file + " failed (" + sqlite.getResultCode().name() + ")";
        }
        return null;
    }
}
