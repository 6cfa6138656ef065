package io.pcmops.internal.util;

import io.pcmops.PersistenceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A directory only its owner may enter, as the data directory must be: it holds the store and the vault key, which
 * scripts run as other accounts must not read. Created with mode 0700; an existing one is checked, never changed:
 * owned by this process's account and closed to everyone else, or refused with the command that fixes it.
 */
public final class PrivateDirectory {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private PrivateDirectory() {
    }

    /**
     * Creates the directory (mode 0700) when missing, and checks that it is this account's and closed to others.
     *
     * @return its absolute path
     * @throws PersistenceException when it cannot be created, belongs to another account or stays open to others
     */
    public static Path ensure(Path directory) {
        Path absolute = directory.toAbsolutePath();
        try {
            create(absolute);
            if (!Files.getFileStore(absolute).supportsFileAttributeView("posix")) {
                return absolute;
            }
            check(absolute);
            return absolute;
        } catch (IOException e) {
            throw new PersistenceException("cannot prepare the data directory " + absolute + ": " + e.getMessage(), e);
        }
    }

    private static void create(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        Files.createDirectories(directory.getParent());
        try {
            Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
            Files.createDirectory(directory);
        }
    }

    private static void check(Path directory) throws IOException {
        if (!ownedByUs(directory)) {
            throw new PersistenceException("the data directory " + directory + " belongs to another account; it must "
                    + "belong to the account PCM-Ops runs as", null);
        }
        Set<PosixFilePermission> now = Files.getPosixFilePermissions(directory);
        if (!now.equals(OWNER_ONLY)) {
            throw new PersistenceException("the data directory " + directory + " is mode "
                    + PosixFilePermissions.toString(now) + ": other accounts could read the store and the vault key. "
                    + "Only its owner may enter it; fix it with: chmod 700 " + directory, null);
        }
    }

    private static boolean ownedByUs(Path directory) throws IOException {
        OptionalLong uid = OsAccounts.currentUid();
        return uid.isEmpty()
                || ((Integer) Files.getAttribute(directory, "unix:uid", LinkOption.NOFOLLOW_LINKS)) == uid.getAsLong();
    }
}
