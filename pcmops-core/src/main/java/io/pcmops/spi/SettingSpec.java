package io.pcmops.spi;

import io.pcmops.InvalidRequestException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One setting a provider reads from {@link ProviderContext#settings()}, declared in {@link ProviderMetadata} so the
 * library checks every value when it is set (library, API and CLI alike) and a bad value never reaches the
 * provider. Keys ending in {@code .*} declare a family ({@code endpoint.*} covers {@code endpoint.ssm}).
 *
 * <p>Every provider also has the library's own {@code enabled} setting ({@link #ENABLED}).
 *
 * @param key          the key, or a family {@code prefix.*}
 * @param type         the type
 * @param defaultValue the value the provider uses when none is set, or {@code null} (for help texts)
 * @param min          least value of a number or duration type, in its text form, or {@code null}
 * @param max          greatest value of a number or duration type, in its text form, or {@code null}
 * @param pattern      a regular expression a {@link SettingType#TEXT} value must match entirely, or {@code null}
 * @param description  one sentence for help texts
 */
public record SettingSpec(String key, SettingType type, String defaultValue, String min, String max, String pattern,
                          String description) {

    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}(\\.([A-Za-z0-9_-]{1,63}|\\*))*");

    /** Longest value of any setting, in characters. */
    public static final int MAX_LENGTH = 1000;

    /** The library's own setting of every provider: whether targets, plans and runs may use it. */
    public static final SettingSpec ENABLED = bool("enabled", true,
            "whether targets, plans and runs may use this provider");

    public SettingSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        if (!KEY.matcher(key).matches() || key.indexOf('*') != key.lastIndexOf('*') || key.length() > 100) {
            throw new IllegalArgumentException("setting key '" + key + "' must be letters, digits, '_' or '-' in "
                    + "dot-separated parts (a family ends in .*)");
        }
        description = description == null ? "" : description;
        if (pattern != null) {
            Pattern.compile(pattern);
        }
        SettingValues.checkBounds(type, min, max);
        if (defaultValue != null) {
            SettingValues.normalize(key, type, defaultValue, min, max, pattern);
        }
    }

    /** Returns a boolean setting. */
    public static SettingSpec bool(String key, boolean defaultValue, String description) {
        return new SettingSpec(key, SettingType.BOOLEAN, Boolean.toString(defaultValue), null, null, null,
                description);
    }

    /** Returns a whole-number setting within {@code [min, max]}. */
    public static SettingSpec integer(String key, Long defaultValue, long min, long max, String description) {
        return new SettingSpec(key, SettingType.INTEGER, defaultValue == null ? null : defaultValue.toString(),
                Long.toString(min), Long.toString(max), null, description);
    }

    /** Returns a decimal setting within {@code [min, max]}. */
    public static SettingSpec decimal(String key, String defaultValue, String min, String max, String description) {
        return new SettingSpec(key, SettingType.DECIMAL, defaultValue, min, max, null, description);
    }

    /** Returns a duration setting within {@code [min, max]}, bounds written as e.g. {@code 10ms} or {@code 12h}. */
    public static SettingSpec duration(String key, String defaultValue, String min, String max, String description) {
        return new SettingSpec(key, SettingType.DURATION, defaultValue, min, max, null, description);
    }

    /** Returns a text setting, optionally restricted to a pattern. */
    public static SettingSpec text(String key, String defaultValue, String pattern, String description) {
        return new SettingSpec(key, SettingType.TEXT, defaultValue, null, null, pattern, description);
    }

    /** Returns a URL setting ({@code http} or {@code https}). */
    public static SettingSpec url(String key, String description) {
        return new SettingSpec(key, SettingType.URL, null, null, null, null, description);
    }

    /** Returns whether this spec declares the given key (itself, or a member of its family). */
    public boolean declares(String candidate) {
        if (key.endsWith(".*")) {
            String prefix = key.substring(0, key.length() - 1);
            return candidate.startsWith(prefix) && candidate.length() > prefix.length();
        }
        return key.equals(candidate);
    }

    /**
     * Checks a value for this setting.
     *
     * @param settingKey the key being set (a member of a family keeps its own name in the message)
     * @param value      the value as given
     * @return the value in its normal form (trimmed; booleans in lower case)
     * @throws InvalidRequestException naming the key, the expected type or range and the value given
     */
    public String check(String settingKey, String value) {
        return SettingValues.normalize(settingKey, type, value, min, max, pattern);
    }
}
