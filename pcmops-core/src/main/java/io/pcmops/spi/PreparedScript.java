package io.pcmops.spi;

import io.pcmops.model.ScriptLanguage;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A script ready to send: its exact text, validated parameter values and the hash recorded with the run.
 * Providers turn it into what their targets run with {@link ScriptRendering}.
 *
 * <p>Secret parameters ({@code secret} type) are kept apart in {@link #secrets()}: {@link ScriptRendering} never
 * writes them into the text. A provider that can pass them to the script as environment variables without writing
 * them anywhere (files, command history, logs) says so with {@link CommandExecutor#passesSecretParameters()};
 * runs with secret parameters are refused on other providers.
 *
 * @param language   language
 * @param body       exact text, as written
 * @param parameters validated values (defaults filled in), sorted by name; never secrets
 * @param hash       SHA-256 of {@code body}, hex
 * @param secrets    secret parameter values by name; withheld (names only) when read back from a stored run
 */
public record PreparedScript(ScriptLanguage language, String body, Map<String, String> parameters, String hash,
                             Secret secrets) {

    public PreparedScript {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(hash, "hash");
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
        secrets = secrets == null ? Secret.none() : secrets;
    }

    /** Returns a script without secret parameters. */
    public PreparedScript(ScriptLanguage language, String body, Map<String, String> parameters, String hash) {
        this(language, body, parameters, hash, Secret.none());
    }

    /** Returns this script with other secret parameter values. */
    public PreparedScript withSecrets(Secret values) {
        return new PreparedScript(language, body, parameters, hash, values);
    }
}
