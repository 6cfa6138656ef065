package io.pcmops.spi;

import io.pcmops.InvalidRequestException;
import io.pcmops.model.Durations;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks setting values against their {@link SettingSpec}. */
final class SettingValues {

    private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,18}");

    private SettingValues() {
    }

    static void checkBounds(SettingType type, String min, String max) {
        switch (type) {
            case INTEGER, DECIMAL -> {
                if (min == null || max == null || new BigDecimal(min).compareTo(new BigDecimal(max)) > 0) {
                    throw new IllegalArgumentException("a number setting needs min <= max");
                }
            }
            case DURATION -> {
                if (min == null || max == null || Durations.parse(min).compareTo(Durations.parse(max)) > 0) {
                    throw new IllegalArgumentException("a duration setting needs min <= max");
                }
            }
            default -> {
                if (min != null || max != null) {
                    throw new IllegalArgumentException("only number and duration settings have bounds");
                }
            }
        }
    }

    static String normalize(String key, SettingType type, String raw, String min, String max, String pattern) {
        if (raw == null) {
            throw new InvalidRequestException("setting '" + key + "' needs a value");
        }
        String value = raw.trim();
        if (value.length() > SettingSpec.MAX_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
            throw bad(key, raw, "at most " + SettingSpec.MAX_LENGTH + " characters without control characters");
        }
        return switch (type) {
            case BOOLEAN -> bool(key, value);
            case INTEGER -> whole(key, value, min, max);
            case DECIMAL -> decimal(key, value, min, max);
            case DURATION -> duration(key, value, min, max);
            case TEXT -> text(key, value, pattern);
            case URL -> url(key, value);
        };
    }

    private static String bool(String key, String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (!lower.equals("true") && !lower.equals("false")) {
            throw bad(key, value, "true or false");
        }
        return lower;
    }

    private static String whole(String key, String value, String min, String max) {
        if (!WHOLE.matcher(value).matches() || !within(new BigDecimal(value), min, max)) {
            throw bad(key, value, "a whole number from " + min + " to " + max);
        }
        return Long.toString(Long.parseLong(value));
    }

    private static String decimal(String key, String value, String min, String max) {
        try {
            if (within(new BigDecimal(value), min, max)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(key, value, "a number from " + min + " to " + max);
    }

    private static String duration(String key, String value, String min, String max) {
        try {
            Duration duration = Durations.parse(value);
            if (duration.compareTo(Durations.parse(min)) >= 0 && duration.compareTo(Durations.parse(max)) <= 0) {
                return value;
            }
        } catch (InvalidRequestException e) {
            // reported below
        }
        throw bad(key, value, "a duration from " + min + " to " + max + " (e.g. 500ms, 2s, 10m, 1h)");
    }

    private static String text(String key, String value, String pattern) {
        if (pattern != null && !Pattern.compile(pattern).matcher(value).matches()) {
            throw bad(key, value, "text matching " + pattern);
        }
        return value;
    }

    private static String url(String key, String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return value;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw bad(key, value, "an http or https URL with a host, such as https://ssm.us-east-1.amazonaws.com");
    }

    private static boolean within(BigDecimal number, String min, String max) {
        return number.compareTo(new BigDecimal(min)) >= 0 && number.compareTo(new BigDecimal(max)) <= 0;
    }

    private static InvalidRequestException bad(String key, String value, String expected) {
        String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
        return new InvalidRequestException("setting '" + key + "' must be " + expected + ", not '" + shown + "'");
    }
}
