package io.pcmops.internal.vault;

import io.pcmops.VaultException;
import io.pcmops.internal.store.SealedValues;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Opens the vault only with the key the store was sealed with. A store holding sealed data never gets a new key
 * file; a key that cannot open the store's check value (or, for a store from before check values, any of its
 * sealed secrets) is refused with a message, so secrets never become unreadable without a word.
 */
public final class KeyGuard {

    private static final byte[] CHECK = "pcmops master key check v1".getBytes(StandardCharsets.UTF_8);

    private KeyGuard() {
    }

    /**
     * Returns the vault for a data directory's store.
     *
     * @param configuredKey the key given by the environment or the builder, or {@code null} for the key file
     * @throws VaultException when the key is missing, malformed or not the store's key
     */
    public static Vault open(String configuredKey, Path dataDirectory, SealedValues sealed) {
        Vault vault = new Vault(MasterKeys.resolve(configuredKey, dataDirectory, !sealed.any()));
        String origin = configuredKey == null || configuredKey.isBlank()
                ? "the key file " + dataDirectory.resolve(MasterKeys.KEY_FILE) : "PCMOPS_MASTER_KEY";
        sealed.keyCheck().ifPresentOrElse(check -> verifyCheck(vault, check, origin), () -> {
            sealed.forEach((id, bytes) -> openOrRefuse(vault, id, bytes, origin));
            sealed.keepKeyCheck(vault.seal(SealedValues.KEY_CHECK_ID, CHECK));
        });
        return vault;
    }

    private static void verifyCheck(Vault vault, byte[] check, String origin) {
        byte[] opened = openOrRefuse(vault, SealedValues.KEY_CHECK_ID, check, origin);
        if (!Arrays.equals(opened, CHECK)) {
            throw refused(origin);
        }
    }

    private static byte[] openOrRefuse(Vault vault, String id, byte[] bytes, String origin) {
        try {
            return vault.open(id, bytes);
        } catch (VaultException e) {
            throw refused(origin);
        }
    }

    private static VaultException refused(String origin) {
        return new VaultException("the master key from " + origin + " is not the key this store's secrets are "
                + "sealed with; start with the right key (restore master.key from a backup or set "
                + "PCMOPS_MASTER_KEY). Refusing to start rather than leave the stored secrets unreadable");
    }
}
