package io.pcmops.aws.internal.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.InvalidRequestException;
import io.pcmops.spi.Secret;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PastedCredentialsTest {

    private static final String KEY = "AKIAIOSFODNN7EXAMPLE";
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final String TOKEN = "FQoGZXIvYXdzEBYaDV9dTOKEN";

    @ParameterizedTest
    @ValueSource(strings = {
        "export AWS_ACCESS_KEY_ID=" + KEY + "\nexport AWS_SECRET_ACCESS_KEY=" + SECRET + "\nexport AWS_SESSION_TOKEN="
                + TOKEN,
        "AWS_ACCESS_KEY_ID=\"" + KEY + "\"\nAWS_SECRET_ACCESS_KEY='" + SECRET + "'\nAWS_SESSION_TOKEN=" + TOKEN,
        "$env:AWS_ACCESS_KEY_ID=\"" + KEY + "\"\n$env:AWS_SECRET_ACCESS_KEY=\"" + SECRET
                + "\"\n$env:AWS_SESSION_TOKEN=\"" + TOKEN + "\"",
        KEY + " " + SECRET + " " + TOKEN,
        "[prod]\naws_access_key_id = " + KEY + "\naws_secret_access_key = " + SECRET + "\naws_session_token = " + TOKEN,
        "aws_access_key_id=" + KEY + "\naws_secret_access_key=" + SECRET + "\naws_session_token=" + TOKEN,
        "{\"AccessKeyId\": \"" + KEY + "\", \"SecretAccessKey\": \"" + SECRET + "\", \"SessionToken\": \"" + TOKEN
                + "\"}",
        "{\"Credentials\": {\"AccessKeyId\": \"" + KEY + "\", \"SecretAccessKey\": \"" + SECRET
                + "\", \"SessionToken\": \"" + TOKEN + "\", \"Expiration\": \"2026-11-25T21:28:05+00:00\"},"
                + " \"AssumedRoleUser\": {\"Arn\": \"arn:aws:sts::1:assumed-role/R/s\"}}"
    })
    void parse_whenAnyAcceptedFormat_readsKeySecretAndToken(String pasted) {
        Secret secret = PastedCredentials.parse(pasted);

        assertThat(secret.get(SecretFields.ACCESS_KEY_ID)).contains(KEY);
        assertThat(secret.get(SecretFields.SECRET_ACCESS_KEY)).contains(SECRET);
        assertThat(secret.get(SecretFields.SESSION_TOKEN)).contains(TOKEN);
    }

    @Test
    void parse_whenJsonHasExpiration_keepsItAsAnInstant() {
        Secret secret = PastedCredentials.parse("{\"AccessKeyId\": \"" + KEY + "\", \"SecretAccessKey\": \""
                + SECRET + "\", \"Expiration\": \"2026-11-25T21:28:05Z\"}");

        assertThat(SecretFields.expiration(secret)).hasValueSatisfying(t -> assertThat(t.toString())
                .isEqualTo("2026-11-25T21:28:05Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "just-one-word", KEY, "export AWS_SECRET_ACCESS_KEY=" + SECRET,
        "{\"AccessKeyId\": \"" + KEY + "\", \"SecretAccessKey\": \"" + SECRET,
        "lowercase-key " + SECRET, KEY + " tiny5",
        "ASIAIOSFODNN7EXAMPLE " + SECRET
    })
    void parse_whenBadInput_failsWithoutEchoingTheSecret(String pasted) {
        assertThatThrownBy(() -> PastedCredentials.parse(pasted)).isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET).doesNotContain("tiny5")
                        .isNotBlank());
    }

    @Test
    void mask_whenKeyIsLong_showsFirstAndLastFour() {
        assertThat(CredentialMasks.mask(KEY)).isEqualTo("AKIA…MPLE");
        assertThat(PastedCredentials.parse(KEY + " " + SECRET).toString()).doesNotContain(SECRET);
    }
}
