package io.pcmops.spi;

import io.pcmops.model.ScriptLanguage;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A script ready to send: its exact text, validated parameter values and the hash recorded with the run.
 * Providers turn it into what their targets run with {@link ScriptRendering}.
 *
 * @param language   language
 * @param body       exact text, as written
 * @param parameters validated values (defaults filled in), sorted by name
 * @param hash       SHA-256 of {@code body}, hex
 */
public record PreparedScript(ScriptLanguage language, String body, Map<String, String> parameters, String hash) {

    public PreparedScript {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(hash, "hash");
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
    }
}
