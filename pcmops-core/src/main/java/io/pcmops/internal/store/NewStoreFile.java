package io.pcmops.internal.store;

import io.pcmops.internal.util.DurableFiles;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Makes a new store file: migrated in a temporary file beside it, closed (which folds the WAL into it), synced and
 * linked into place. Linking fails when another process was first; then its file is used.
 */
final class NewStoreFile {

    private NewStoreFile() {
    }

    static void create(Path file) throws IOException, SQLException {
        Path draft = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".new");
        try {
            String url = "jdbc:sqlite:" + draft;
            try (Connection connection = Database.connect(url)) {
                Migrations.apply(connection, url);
            }
            DurableFiles.sync(draft);
            Files.createLink(file, draft);
            DurableFiles.syncDirectory(file.getParent());
        } catch (FileAlreadyExistsException raced) {
            // another process made it first
        } finally {
            Files.deleteIfExists(draft);
            Files.deleteIfExists(Path.of(draft + "-wal"));
            Files.deleteIfExists(Path.of(draft + "-shm"));
        }
    }
}
