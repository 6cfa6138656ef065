package io.pcmops.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.pcmops.InvalidRequestException;

/**
 * Where a credential root gets its credentials: the SDK's default chain, a named profile, or pasted keys kept
 * encrypted in the vault. Written as {@code chain}, {@code profile:NAME} or {@code vault}.
 *
 * @param kind    the kind of source
 * @param profile profile name for {@link Kind#PROFILE}, else {@code null}
 */
public record CredentialSource(Kind kind, String profile) {

    /** Kinds of credential source. */
    public enum Kind { CHAIN, PROFILE, VAULT }

    public CredentialSource {
        if (kind == Kind.PROFILE && (profile == null || profile.isBlank())) {
            throw new InvalidRequestException("a profile credential source needs a profile name (profile:NAME)");
        }
        profile = kind == Kind.PROFILE ? profile.trim() : null;
    }

    public static CredentialSource chain() {
        return new CredentialSource(Kind.CHAIN, null);
    }

    public static CredentialSource profile(String name) {
        return new CredentialSource(Kind.PROFILE, name);
    }

    public static CredentialSource vault() {
        return new CredentialSource(Kind.VAULT, null);
    }

    /**
     * Parses {@code chain}, {@code profile:NAME} or {@code vault}.
     *
     * @throws InvalidRequestException for other text
     */
    @JsonCreator
    public static CredentialSource parse(String text) {
        String value = text == null ? "" : text.trim();
        if (value.equals("chain")) {
            return chain();
        }
        if (value.equals("vault")) {
            return vault();
        }
        if (value.startsWith("profile:")) {
            return profile(value.substring("profile:".length()));
        }
        throw new InvalidRequestException("unknown credential source '" + text + "'; use chain, profile:NAME or vault");
    }

    @JsonValue
    @Override
    public String toString() {
        return kind == Kind.PROFILE ? "profile:" + profile : kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
