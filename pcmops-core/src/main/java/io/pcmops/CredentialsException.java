package io.pcmops;

/** Credentials are missing, invalid, expired or not allowed to do what was asked (e.g. AssumeRole denied). */
public class CredentialsException extends ProviderException {

    public CredentialsException(String message) {
        super(message);
    }

    public CredentialsException(String message, Throwable cause) {
        super(message, cause);
    }
}
