package io.pcmops.aws.internal.credentials;

/** Masks an access key id as its first 4 and last 4 characters. */
public final class CredentialMasks {

    private CredentialMasks() {
    }

    /** Returns e.g. {@code AKIA…WXYZ}; short values are fully masked. */
    public static String mask(String accessKeyId) {
        if (accessKeyId == null || accessKeyId.length() < 12) {
            return "****";
        }
        return accessKeyId.substring(0, 4) + "…" + accessKeyId.substring(accessKeyId.length() - 4);
    }
}
