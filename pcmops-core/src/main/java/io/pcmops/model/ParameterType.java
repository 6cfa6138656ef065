package io.pcmops.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.pcmops.InvalidRequestException;
import java.util.Locale;

/** Type of a script parameter; values are always passed to scripts as text. */
public enum ParameterType {
    STRING, INTEGER, BOOLEAN, ENUM;

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
            default -> throw new InvalidRequestException(
                    "unknown parameter type '" + text + "'; use string, integer, boolean or enum");
        };
    }

    /** Returns the lower-case name used in JSON. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
