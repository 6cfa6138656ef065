package io.pcmops.http.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** The file in the data directory holding the first admin's generated password until it is changed. */
public final class InitialPassword {

    /** Name of the file. */
    public static final String FILE = "initial-admin-password";
    /** Name of the administrator created at first start. */
    public static final String FIRST_ADMIN = "admin";

    private InitialPassword() {
    }

    /** Writes the password to a new file readable by this user only; returns the file. */
    public static Path write(Path dataDirectory, String password) {
        Path file = dataDirectory.resolve(FILE);
        try {
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Deletes the file once the first admin has chosen a password. */
    public static void forget(Path dataDirectory, String username) {
        if (!FIRST_ADMIN.equals(username)) {
            return;
        }
        try {
            Files.deleteIfExists(dataDirectory.resolve(FILE));
        } catch (IOException e) {
            System.getLogger(InitialPassword.class.getName()).log(System.Logger.Level.WARNING,
                    "could not delete " + FILE + ": " + e.getMessage());
        }
    }
}
