package io.pcmops.model;

/**
 * A token just created: its text, shown this once, and the stored token.
 *
 * @param secret the token text ({@code pcm_…}); only its hash is stored
 * @param token  the stored token
 */
public record CreatedToken(String secret, ApiToken token) {

    @Override
    public String toString() {
        return "CreatedToken[" + token + ", secret redacted]";
    }
}
