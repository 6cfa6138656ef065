package io.pcmops.model;

import io.pcmops.InvalidRequestException;

/**
 * The script a run uses: either inline ({@code language} + {@code body}) or a saved one ({@code saved} name, and
 * {@code version} or {@code null} for the latest). Line endings of an inline body are normalised to {@code \n}
 * (text typed in a browser arrives with {@code \r\n}, which breaks shell scripts).
 *
 * @param language inline language
 * @param body     inline text
 * @param saved    saved script name
 * @param version  saved script version, or {@code null} for the latest
 */
public record ScriptChoice(ScriptLanguage language, String body, String saved, Integer version) {

    public ScriptChoice {
        body = body == null ? null : LineEndings.normalize(body);
        boolean inline = body != null;
        boolean fromLibrary = saved != null && !saved.isBlank();
        if (inline == fromLibrary) {
            throw new InvalidRequestException("a script is either inline (language and body) or saved (name and "
                    + "optional version), not " + (inline ? "both" : "neither"));
        }
        if (inline && body.isBlank()) {
            throw new InvalidRequestException("the script body is empty");
        }
        if (inline && language == null) {
            throw new InvalidRequestException("an inline script needs a language (shell, powershell or python)");
        }
        if (version != null && version < 1) {
            throw new InvalidRequestException("script version must be 1 or more, not " + version);
        }
    }

    /** Returns an inline script choice. */
    public static ScriptChoice inline(ScriptLanguage language, String body) {
        return new ScriptChoice(language, body, null, null);
    }

    /** Returns a saved script choice; {@code version} {@code null} means the latest. */
    public static ScriptChoice saved(String name, Integer version) {
        return new ScriptChoice(null, null, name, version);
    }
}
