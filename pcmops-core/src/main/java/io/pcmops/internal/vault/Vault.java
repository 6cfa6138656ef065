package io.pcmops.internal.vault;

import io.pcmops.VaultException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals secrets with AES-256-GCM. The sealed form is a 12-byte random nonce followed by the ciphertext and its
 * 128-bit tag; the secret's id is bound in as associated data, so a sealed value cannot be moved to another id.
 * Tampering or a wrong key fails the tag check.
 */
public final class Vault {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    /** Creates a vault with a 32-byte key. */
    public Vault(byte[] key) {
        if (key.length != 32) {
            throw new VaultException("the master key must be 32 bytes (AES-256), not " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    /** Seals a secret under an id. */
    public byte[] seal(String id, byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            byte[] ciphertext = cipher(Cipher.ENCRYPT_MODE, id, nonce).doFinal(plaintext);
            return ByteBuffer.allocate(nonce.length + ciphertext.length).put(nonce).put(ciphertext).array();
        } catch (GeneralSecurityException e) {
            throw new VaultException("could not seal secret " + id, e);
        }
    }

    /**
     * Opens a sealed secret.
     *
     * @throws VaultException when the bytes were altered, belong to another id, or were sealed with another key
     */
    public byte[] open(String id, byte[] sealed) {
        if (sealed.length <= NONCE_BYTES) {
            throw new VaultException("secret " + id + " is too short to be a sealed value");
        }
        byte[] nonce = Arrays.copyOfRange(sealed, 0, NONCE_BYTES);
        try {
            return cipher(Cipher.DECRYPT_MODE, id, nonce).doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new VaultException("secret " + id + " cannot be opened: it was altered, or sealed with another "
                    + "master key (check PCMOPS_MASTER_KEY and the key file)", e);
        } catch (GeneralSecurityException e) {
            throw new VaultException("could not open secret " + id, e);
        }
    }

    /**
     * Returns a 32-byte key for another purpose, derived from the master key (HMAC-SHA256 of the label), so that
     * one key file serves the vault and, e.g., the audit chain without the two ever sharing a key.
     */
    public byte[] derive(String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new VaultException("could not derive a key for " + label, e);
        }
    }

    @Override
    public String toString() {
        return "Vault(AES-256-GCM, key redacted)";
    }

    private Cipher cipher(int mode, String id, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(id.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
