package io.pcmops.http.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random secrets (session ids, CSRF tokens, API tokens) and the SHA-256 hashes under which they are stored. */
public final class SecretTokens {

    /** Prefix of API tokens, so they are recognisable in a secret scanner. */
    public static final String API_TOKEN_PREFIX = "pcm_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {
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
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Compares two secrets in constant time; {@code null} never matches. */
    public static boolean same(String expected, String given) {
        if (expected == null || given == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
