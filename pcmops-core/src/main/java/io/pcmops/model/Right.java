package io.pcmops.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.pcmops.InvalidRequestException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One thing an actor may do. Roles bundle rights ({@link Role#rights()}); an administrator may also grant a user a
 * right beyond their role (today only {@link #RUN_LOCAL}, to operators). Checked in the library, so every adapter
 * enforces the same rules.
 */
public enum Right {
    /** Read runs, targets, scripts, accounts, changes and the audit log (never secrets). */
    READ,
    /** Start, cancel and retry runs; make plans; edit scripts and change tickets. */
    OPERATE,
    /** Manage users, tokens of others, credentials, accounts and provider settings. */
    ADMINISTER,
    /** Plan and run on the {@code local} provider: scripts run on the host of the library, as its user. */
    RUN_LOCAL;

    /** Rights an administrator may grant beyond a user's roles. */
    public static final Set<Right> GRANTABLE = Set.of(RUN_LOCAL);

    /**
     * Parses {@code read}, {@code operate}, {@code administer} or {@code run-local}, ignoring case.
     *
     * @throws InvalidRequestException for other text
     */
    @JsonCreator
    public static Right parse(String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.id().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidRequestException("unknown right '" + text
                        + "'; use read, operate, administer or run-local"));
    }

    /** Returns the rights named in a comma-separated list (blank: none). */
    public static Set<Right> parseAll(String commaSeparated) {
        Set<Right> rights = EnumSet.noneOf(Right.class);
        for (String part : (commaSeparated == null ? "" : commaSeparated).split(",")) {
            if (!part.isBlank()) {
                rights.add(parse(part));
            }
        }
        return rights;
    }

    /** Returns a set of rights as a sorted, comma-separated list of ids. */
    public static String format(Set<Right> rights) {
        return rights.stream().map(Right::id).sorted().collect(Collectors.joining(","));
    }

    /** Returns the lower-case id, e.g. {@code run-local}. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
