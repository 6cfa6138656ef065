package io.pcmops.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.pcmops.InvalidRequestException;
import java.util.Locale;

/**
 * Type of a script parameter; values are always passed to scripts as text. A {@link #SECRET} value is sealed in
 * the vault with the run, passed to the script as an environment variable by the provider (never written into the
 * script text, the run's record, its folders, reports or the audit log) and never shown or returned.
 */
public enum ParameterType {
    /** Any text. */
    STRING,
    /** A whole number. */
    INTEGER,
    /** {@code true} or {@code false} ({@code yes}/{@code no}, {@code 1}/{@code 0} accepted). */
    BOOLEAN,
    /** One of the parameter's allowed values. */
    ENUM,
    /** Secret text: sealed, passed as an environment variable, never stored in clear, shown or returned. */
    SECRET;

    /**
     * Parses a type name, ignoring case.
     *
     * @throws InvalidRequestException for an unknown name
     */
    @JsonCreator
    public static ParameterType parse(String text) {
        String value = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        return switch (value) {
            case "STRING", "STR" -> STRING;
            case "INTEGER", "INT" -> INTEGER;
            case "BOOLEAN", "BOOL" -> BOOLEAN;
            case "ENUM" -> ENUM;
            case "SECRET" -> SECRET;
            default -> throw new InvalidRequestException(
                    "unknown parameter type '" + text + "'; use string, integer, boolean, enum or secret");
        };
    }

    /** Returns the lower-case name used in JSON. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
