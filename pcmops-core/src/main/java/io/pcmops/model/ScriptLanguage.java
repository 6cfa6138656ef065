package io.pcmops.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.pcmops.InvalidRequestException;
import java.util.Locale;

/** Language of a script body. */
public enum ScriptLanguage {
    SHELL, POWERSHELL, PYTHON;

    /**
     * Parses {@code shell}, {@code powershell} or {@code python} (also {@code bash}, {@code sh}, {@code pwsh},
     * {@code python3}), ignoring case.
     *
     * @throws InvalidRequestException for any other text
     */
    @JsonCreator
    public static ScriptLanguage parse(String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "shell", "sh", "bash" -> SHELL;
            case "powershell", "pwsh", "ps1" -> POWERSHELL;
            case "python", "python3", "py" -> PYTHON;
            default -> throw new InvalidRequestException(
                    "unknown script language '" + text + "'; use shell, powershell or python");
        };
    }

    /** Returns the lower-case name used in JSON and on the command line. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
