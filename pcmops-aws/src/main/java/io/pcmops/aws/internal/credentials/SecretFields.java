package io.pcmops.aws.internal.credentials;

import io.pcmops.InvalidRequestException;
import io.pcmops.spi.Secret;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The fields of a stored AWS secret, their aliases in pasted formats, and the checks they must pass. */
public final class SecretFields {

    public static final String ACCESS_KEY_ID = "accessKeyId";
    public static final String SECRET_ACCESS_KEY = "secretAccessKey";
    public static final String SESSION_TOKEN = "sessionToken";
    public static final String EXPIRATION = "expiration";

    private static final Pattern KEY_ID = Pattern.compile("[A-Z][A-Z0-9]{15,127}");
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("accesskeyid", ACCESS_KEY_ID), Map.entry("awsaccesskeyid", ACCESS_KEY_ID),
            Map.entry("accesskey", ACCESS_KEY_ID),
            Map.entry("secretaccesskey", SECRET_ACCESS_KEY), Map.entry("awssecretaccesskey", SECRET_ACCESS_KEY),
            Map.entry("secretkey", SECRET_ACCESS_KEY),
            Map.entry("sessiontoken", SESSION_TOKEN), Map.entry("awssessiontoken", SESSION_TOKEN),
            Map.entry("awssecuritytoken", SESSION_TOKEN), Map.entry("token", SESSION_TOKEN),
            Map.entry("expiration", EXPIRATION), Map.entry("awssessionexpiration", EXPIRATION),
            Map.entry("awscredentialexpiration", EXPIRATION));

    private SecretFields() {
    }

    /** Returns the canonical field for a pasted name ({@code AWS_SECRET_ACCESS_KEY}, {@code AccessKeyId}…). */
    static String normalize(String name) {
        return ALIASES.get(name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", ""));
    }

    /** Checks the fields and returns them as a secret; messages never contain a secret value. */
    static Secret check(Map<String, String> fields) {
        String keyId = fields.getOrDefault(ACCESS_KEY_ID, "").strip();
        String secretKey = fields.getOrDefault(SECRET_ACCESS_KEY, "").strip();
        if (keyId.isEmpty()) {
            throw new InvalidRequestException("the pasted credentials have no access key id");
        }
        if (!KEY_ID.matcher(keyId).matches()) {
            throw new InvalidRequestException("the access key id is malformed: it must be 16-128 upper-case "
                    + "letters and digits (like AKIA...)");
        }
        if (secretKey.isEmpty()) {
            throw new InvalidRequestException("the pasted credentials have no secret access key");
        }
        if (secretKey.length() < 16 || secretKey.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidRequestException("the secret access key is malformed (too short or contains spaces)");
        }
        String token = fields.getOrDefault(SESSION_TOKEN, "").strip();
        if (keyId.startsWith("ASIA") && token.isEmpty()) {
            throw new InvalidRequestException("temporary access key " + CredentialMasks.mask(keyId)
                    + " needs its session token: paste it too");
        }
        String expiration = fields.get(EXPIRATION);
        return Secret.of(Map.of(ACCESS_KEY_ID, keyId, SECRET_ACCESS_KEY, secretKey, SESSION_TOKEN, token,
                EXPIRATION, expiration == null || expiration.isBlank() ? "" : parseInstant(expiration).toString()));
    }

    /** Returns the stored expiry of a secret, when it has one. */
    public static Optional<Instant> expiration(Secret secret) {
        return secret.get(EXPIRATION).map(SecretFields::parseInstant);
    }

    static Instant parseInstant(String text) {
        String value = text.strip();
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException again) {
                throw new InvalidRequestException("the credentials' Expiration is not an ISO-8601 time such as "
                        + "2026-01-31T12:00:00Z");
            }
        }
    }
}
