package io.pcmops.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.pcmops.InvalidRequestException;
import java.util.Locale;

/** What a user may do. Each role includes the ones before it. */
public enum Role {
    /** Reads everything but secrets. */
    VIEWER,
    /** Also starts, cancels and retries runs, and edits scripts. */
    OPERATOR,
    /** Also manages users, credentials, accounts and provider settings. */
    ADMIN;

    /** Returns whether this role includes {@code other}. */
    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }

    /**
     * Parses {@code viewer}, {@code operator} or {@code admin}, ignoring case.
     *
     * @throws InvalidRequestException for other text
     */
    @JsonCreator
    public static Role parse(String text) {
        String value = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        for (Role role : values()) {
            if (role.name().equals(value)) {
                return role;
            }
        }
        throw new InvalidRequestException("unknown role '" + text + "'; use viewer, operator or admin");
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
