package io.pcmops.internal.vault;

import io.pcmops.VaultException;
import io.pcmops.internal.util.DurableFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Finds the vault's master key: {@code PCMOPS_MASTER_KEY} (32 bytes as Base64 or 64 hex digits) when set, else the
 * key file {@code master.key} in the data directory, created with permissions 0600 only when the store holds
 * nothing sealed yet.
 */
public final class MasterKeys {

    /** Name of the key file in the data directory. */
    public static final String KEY_FILE = "master.key";

    private MasterKeys() {
    }

    /**
     * Returns the key from the given environment value, or from the data directory's key file.
     *
     * @param mayCreate whether a missing key file may be created (only for a store that holds nothing sealed)
     * @throws VaultException when the value is malformed, or the key file is missing and may not be created
     */
    public static byte[] resolve(String environmentValue, Path dataDirectory, boolean mayCreate) {
        if (environmentValue != null && !environmentValue.isBlank()) {
            return decode(environmentValue.trim(), "PCMOPS_MASTER_KEY");
        }
        return fromFile(dataDirectory.resolve(KEY_FILE), mayCreate);
    }

    private static byte[] fromFile(Path file, boolean mayCreate) {
        try {
            if (!Files.exists(file)) {
                if (!mayCreate) {
                    throw new VaultException("the master key file " + file + " is missing, but the store holds data "
                            + "sealed under a master key; restore the key file from a backup or set "
                            + "PCMOPS_MASTER_KEY to that key (a new key would leave the stored secrets unreadable, "
                            + "so none is created)");
                }
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
        DurableFiles.createOnce(file, Base64.getEncoder().encodeToString(key) + "\n");
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
