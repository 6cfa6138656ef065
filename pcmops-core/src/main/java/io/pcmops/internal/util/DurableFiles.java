package io.pcmops.internal.util;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Small files that must survive a crash: each write reaches the disk ({@code fsync}) before it returns, and a new
 * file appears whole or not at all. Files are readable by their owner only.
 */
public final class DurableFiles {

    private DurableFiles() {
    }

    /**
     * Creates {@code file} holding {@code text}, unless it exists: the text is written and synced to a temporary
     * file which is then linked into place, so another process sees the whole file or none.
     *
     * @return whether this call created it (false: it already existed, e.g. another process was first)
     */
    public static boolean createOnce(Path file, String text) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path draft = ownerOnlyTempFile(directory);
        try {
            write(draft, text, StandardOpenOption.TRUNCATE_EXISTING);
            Files.createLink(file, draft);
            syncDirectory(directory);
            return true;
        } catch (FileAlreadyExistsException raced) {
            return false;
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    /** Appends {@code text} to {@code file} (created owner-only when missing) and syncs it. */
    public static void append(Path file, String text) throws IOException {
        if (!Files.exists(file)) {
            createOnce(file, "");
        }
        write(file, text, StandardOpenOption.APPEND);
    }

    private static void write(Path file, String text, StandardOpenOption mode) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, mode)) {
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
    }

    /** Syncs a file's content to the disk. */
    public static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Syncs a directory, so that a file created or renamed in it survives a crash. */
    public static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // some file systems cannot sync a directory; the file's own data is synced
        }
    }

    private static Path ownerOnlyTempFile(Path directory) throws IOException {
        try {
            return Files.createTempFile(directory, ".pcmops", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException noPosix) {
            return Files.createTempFile(directory, ".pcmops", ".tmp");
        }
    }
}
