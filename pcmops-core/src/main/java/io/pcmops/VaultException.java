package io.pcmops;

/** A secret could not be sealed or opened: wrong master key, tampered ciphertext or unreadable key file. */
public class VaultException extends PcmopsException {

    public VaultException(String message) {
        super(message);
    }

    public VaultException(String message, Throwable cause) {
        super(message, cause);
    }
}
