package io.pcmops.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Power state of a target as its provider reports it; {@link #UNRECOGNIZED} when the provider says something new. */
public enum TargetState {
    PENDING, RUNNING, STOPPING, STOPPED, SHUTTING_DOWN, TERMINATED, UNRECOGNIZED;

    /** Parses {@code running}, {@code shutting-down}…; unknown text is {@link #UNRECOGNIZED}. */
    @JsonCreator
    public static TargetState parse(String text) {
        if (text == null) {
            return UNRECOGNIZED;
        }
        String normalized = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (TargetState state : values()) {
            if (state.name().equals(normalized)) {
                return state;
            }
        }
        return UNRECOGNIZED;
    }

    /** Returns the lower-case, hyphenated name ({@code shutting-down}). */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
