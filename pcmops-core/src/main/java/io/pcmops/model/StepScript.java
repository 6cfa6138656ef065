package io.pcmops.model;

import io.pcmops.InvalidRequestException;

/**
 * The script one workflow step runs on targets of one platform.
 *
 * @param language shell or python (Linux), powershell (Windows)
 * @param body     script text; workflow parameters reach it as environment variables
 */
public record StepScript(ScriptLanguage language, String body) {

    public StepScript {
        if (language == null) {
            throw new InvalidRequestException("a step script needs a language (shell, powershell or python)");
        }
        body = body == null ? null : LineEndings.normalize(body);
        if (body == null || body.isBlank()) {
            throw new InvalidRequestException("a step script needs a body");
        }
    }
}
