package io.pcmops.internal.store;

import io.pcmops.PersistenceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite file of a data directory: one writer connection (one transaction at a time, {@code BEGIN IMMEDIATE})
 * and a few reader connections, all in WAL mode with {@code synchronous=NORMAL}, which survives a process crash.
 * Several processes may share the file; writers wait for each other up to the busy timeout.
 */
public final class Database implements AutoCloseable {

    private static final int READERS = 4;
    private static final int BUSY_TIMEOUT_MS = 15_000;

    private final String url;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<Connection> idleReaders = new ArrayBlockingQueue<>(READERS);
    private final List<Connection> readers = new ArrayList<>();

    private Database(String url, Connection writer) {
        this.url = url;
        this.writer = writer;
    }

    /**
     * Opens the database file, migrating it when needed. A missing file is created whole: the schema is written to
     * a temporary file that is then linked into place, so a crash never leaves a half-made store behind. An
     * existing file of 0 bytes is therefore never one of ours being made: it is refused rather than silently
     * started again as an empty store (its data may be restorable from a backup).
     */
    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
            if (!Files.exists(absolute)) {
                NewStoreFile.create(absolute);
            } else if (Files.size(absolute) == 0) {
                throw new PersistenceException("the store " + absolute + " is an empty file (0 bytes): it was "
                        + "truncated or never finished. Restore it from a backup, or delete it to start a new, empty "
                        + "store");
            }
            String url = "jdbc:sqlite:" + absolute;
            Connection writer = connect(url, false);
            Migrations.apply(writer, url);
            Database database = new Database(url, writer);
            for (int i = 0; i < READERS; i++) {
                database.addReader();
            }
            return database;
        } catch (SQLException | java.io.IOException e) {
            throw new PersistenceException("cannot open the store at " + file + ": " + e.getMessage(), e);
        }
    }

    static Connection connect(String url) throws SQLException {
        return connect(url, false);
    }

    /** Runs work on a reader connection, in one read transaction: it sees one committed snapshot. */
    public <T> T read(SqlWork<T> work) {
        Connection connection = takeReader();
        try {
            return inTransaction(connection, "BEGIN", work);
        } finally {
            idleReaders.add(connection);
        }
    }

    /**
     * Runs work in one write transaction ({@code BEGIN IMMEDIATE}); it commits when the work returns and rolls back
     * when it throws.
     */
    public <T> T write(SqlWork<T> work) {
        writeLock.lock();
        try {
            return inTransaction(writer, "BEGIN IMMEDIATE", work);
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            quietlyClose(writer);
            readers.forEach(Database::quietlyClose);
        } finally {
            writeLock.unlock();
        }
    }

    private static Connection connect(String url, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setReadOnly(readOnly);
        return DriverManager.getConnection(url, config.toProperties());
    }

    private void addReader() throws SQLException {
        Connection reader = connect(url, true);
        readers.add(reader);
        idleReaders.add(reader);
    }

    private Connection takeReader() {
        try {
            return idleReaders.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PersistenceException("interrupted while waiting for a store connection", e);
        }
    }

    private static <T> T inTransaction(Connection connection, String begin, SqlWork<T> work) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(begin);
            try {
                T result = work.run(connection);
                statement.execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(statement);
                throw e;
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private static void rollback(Statement statement) {
        try {
            statement.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // the original error is the one worth reporting
        }
    }

    private static PersistenceException translate(SQLException e) {
        return new PersistenceException("store error: " + e.getMessage(), e);
    }

    private static void quietlyClose(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing anyway
        }
    }
}
