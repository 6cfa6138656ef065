package io.pcmops.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Operating-system family of a target; decides which script languages and documents apply. */
public enum Platform {
    LINUX, WINDOWS, MACOS, UNKNOWN;

    /** Parses {@code linux}, {@code Windows}, {@code macOS}…; anything else is {@link #UNKNOWN}. */
    @JsonCreator
    public static Platform parse(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "linux", "amazon-linux", "ubuntu", "rhel", "centos", "debian", "suse" -> LINUX;
            case "windows" -> WINDOWS;
            case "macos", "mac", "darwin" -> MACOS;
            default -> UNKNOWN;
        };
    }

    /** Returns the lower-case name used in JSON, CSV and selectors. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
