package io.pcmops.internal.security;

import io.pcmops.internal.util.Hashing;
import java.security.SecureRandom;
import java.util.Base64;

/** Random secrets (session secrets, CSRF tokens, API tokens) and the SHA-256 under which the store keeps them. */
public final class Secrets {

    /** Prefix of API tokens, so they are recognisable in a secret scanner. */
    public static final String API_TOKEN_PREFIX = "pcm_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** Returns 32 random bytes as URL-safe Base64 without padding. */
    public static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Returns a new API token text. */
    public static String apiToken() {
        return API_TOKEN_PREFIX + random();
    }

    /** Returns the hex SHA-256 of a secret: what the store keeps. */
    public static String hash(String secret) {
        return Hashing.sha256(secret);
    }
}
