package io.pcmops.model;

import java.time.Instant;
import java.util.List;

/**
 * One version of a saved script.
 *
 * @param name        library name
 * @param version     version number, starting at 1
 * @param hash        SHA-256 of the content (language, body, parameters), hex
 * @param description free text
 * @param language    script language
 * @param body        script text
 * @param parameters  typed parameters
 * @param createdAt   when this version was saved
 * @param createdBy   who saved it
 */
public record Script(
        String name, int version, String hash, String description, ScriptLanguage language, String body,
        List<ParameterSpec> parameters, Instant createdAt, String createdBy) {

    public Script {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }
}
