package io.pcmops.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.pcmops.InvalidRequestException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What a user may do. Each role includes the ones before it. */
public enum Role {
    /** Reads everything but secrets. */
    VIEWER,
    /** Also starts, cancels and retries runs, and edits scripts. */
    OPERATOR,
    /** Also manages users, credentials, accounts and provider settings. */
    ADMIN;

    /** Returns the rights this role carries: a viewer reads, an operator also operates, an admin has every right. */
    public Set<Right> rights() {
        return switch (this) {
            case VIEWER -> EnumSet.of(Right.READ);
            case OPERATOR -> EnumSet.of(Right.READ, Right.OPERATE);
            case ADMIN -> EnumSet.allOf(Right.class);
        };
    }

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

    /** Returns a set of roles as a sorted, comma-separated list of ids. */
    public static String format(Set<Role> roles) {
        return roles.stream().map(Role::id).sorted().collect(Collectors.joining(","));
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
