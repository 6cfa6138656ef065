package io.pcmops.internal.vault;

import io.pcmops.VaultException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;

/**
 * Finds the vault's master key: {@code PCMOPS_MASTER_KEY} (32 bytes as Base64 or 64 hex digits) when set, else the
 * key file {@code master.key} in the data directory, created on first use with permissions 0600.
 */
public final class MasterKeys {

    /** Name of the key file in the data directory. */
    public static final String KEY_FILE = "master.key";

    private MasterKeys() {
    }

    /** Returns the key from the given environment value, or from the data directory's key file. */
    public static byte[] resolve(String environmentValue, Path dataDirectory) {
        if (environmentValue != null && !environmentValue.isBlank()) {
            return decode(environmentValue.trim(), "PCMOPS_MASTER_KEY");
        }
        return fromFile(dataDirectory.resolve(KEY_FILE));
    }

    private static byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return decode(Files.readString(file).trim(), "key file " + file);
        } catch (IOException e) {
            throw new VaultException("cannot read or create the master key file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.getParent());
        Path draft = ownerOnlyTempFile(file.getParent());
        try {
            Files.writeString(draft, Base64.getEncoder().encodeToString(key) + "\n");
            Files.createLink(file, draft);
        } catch (FileAlreadyExistsException raced) {
            // another process created it first; use theirs
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    private static Path ownerOnlyTempFile(Path directory) throws IOException {
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        try {
            return Files.createTempFile(directory, ".master", ".key", PosixFilePermissions.asFileAttribute(ownerOnly));
        } catch (UnsupportedOperationException noPosix) {
            return Files.createTempFile(directory, ".master", ".key");
        }
    }

    private static byte[] decode(String text, String origin) {
        try {
            byte[] key = text.length() == 64 && text.matches("[0-9a-fA-F]+")
                    ? HexFormat.of().parseHex(text) : Base64.getDecoder().decode(text);
            if (key.length != 32) {
                throw new VaultException(origin + " must hold 32 bytes (Base64 or 64 hex digits), not " + key.length);
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new VaultException(origin + " is neither Base64 nor 64 hex digits", e);
        }
    }
}
