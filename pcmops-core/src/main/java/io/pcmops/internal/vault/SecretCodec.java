package io.pcmops.internal.vault;

import com.fasterxml.jackson.core.type.TypeReference;
import io.pcmops.VaultException;
import io.pcmops.internal.json.JsonMappers;
import io.pcmops.spi.Secret;
import java.io.IOException;
import java.util.Map;

/** Encodes a {@link Secret} as the JSON bytes sealed in the vault, and back. */
public final class SecretCodec {

    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() { };

    private SecretCodec() {
    }

    public static byte[] encode(Secret secret) {
        try {
            return JsonMappers.shared().writeValueAsBytes(secret.reveal());
        } catch (IOException e) {
            throw new VaultException("could not encode a secret", e);
        }
    }

    public static Secret decode(byte[] bytes) {
        try {
            return Secret.of(JsonMappers.shared().readValue(bytes, FIELDS));
        } catch (IOException e) {
            throw new VaultException("a stored secret is not readable", e);
        }
    }
}
