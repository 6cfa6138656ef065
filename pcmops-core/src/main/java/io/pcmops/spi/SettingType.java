package io.pcmops.spi;

/** The type of a provider setting; values are always stored as text in their normal form. */
public enum SettingType {
    /** Exactly {@code true} or {@code false} (any case). */
    BOOLEAN,
    /** A whole number within {@code [min, max]}. */
    INTEGER,
    /** A decimal number within {@code [min, max]}. */
    DECIMAL,
    /** A duration ({@code 500ms}, {@code 2s}, {@code 10m}, {@code 1h} or ISO-8601) within {@code [min, max]}. */
    DURATION,
    /** Text of at most {@link SettingSpec#MAX_LENGTH} characters, matching the pattern when one is given. */
    TEXT,
    /** An absolute {@code http} or {@code https} URL with a host. */
    URL
}
