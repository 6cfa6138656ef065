package io.pcmops.model;

import io.pcmops.InvalidRequestException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a user saves into the script library. Saving the same content again creates no new version. Line endings of
 * the body are normalised to {@code \n}.
 *
 * @param name        library name: letters, digits, {@code . _ -}, 1–100 characters
 * @param description free text, may be empty
 * @param language    script language
 * @param body        script text
 * @param parameters  typed parameters
 */
public record ScriptDefinition(
        String name, String description, ScriptLanguage language, String body, List<ParameterSpec> parameters) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    public ScriptDefinition {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidRequestException("script name '" + name
                    + "' must be 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (language == null) {
            throw new InvalidRequestException("script '" + name + "' needs a language (shell, powershell or python)");
        }
        body = body == null ? null : LineEndings.normalize(body);
        if (body == null || body.isBlank()) {
            throw new InvalidRequestException("script '" + name + "' has an empty body");
        }
        description = description == null ? "" : description;
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        Set<String> seen = new HashSet<>();
        for (ParameterSpec parameter : parameters) {
            if (!seen.add(parameter.name())) {
                throw new InvalidRequestException("script '" + name + "' declares parameter '" + parameter.name()
                        + "' twice");
            }
        }
    }
}
