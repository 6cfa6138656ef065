package io.pcmops.internal.service;

import io.pcmops.ConflictException;
import io.pcmops.InvalidRequestException;
import io.pcmops.model.ParameterSpec;
import io.pcmops.model.ParameterType;
import io.pcmops.spi.Secret;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks parameter values against a script's parameters: no unknown names, every required value present, each
 * value of its type and pattern. A saved script's values that do not fit its parameters are a conflict with the
 * stored script ({@link ConflictException}); malformed names and values are invalid requests. Returns the values with
 * defaults filled in and booleans normalised, secret values apart from the others (and never quoted in an error).
 */
public final class ParameterBinder {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,18}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    private ParameterBinder() {
    }

    /**
     * Bound values.
     *
     * @param plain   values of ordinary parameters
     * @param secrets values of secret parameters
     */
    public record Bound(Map<String, String> plain, Secret secrets) {
    }

    /** Binds values to declared parameters of a saved script. */
    public static Bound bind(String script, List<ParameterSpec> specs, Map<String, String> values) {
        Map<String, ParameterSpec> byName = specs.stream()
                .collect(Collectors.toMap(ParameterSpec::name, s -> s, (a, b) -> a, TreeMap::new));
        for (String name : values.keySet()) {
            if (!byName.containsKey(name)) {
                throw new ConflictException("unknown parameter '" + name + "' for script " + script + "; it "
                        + (byName.isEmpty() ? "takes no parameters" : "takes: " + String.join(", ", byName.keySet())));
            }
        }
        Map<String, String> plain = new TreeMap<>();
        Map<String, String> secrets = new TreeMap<>();
        for (ParameterSpec spec : byName.values()) {
            String value = values.containsKey(spec.name()) ? values.get(spec.name()) : spec.defaultValue();
            if (value == null || spec.type() == ParameterType.SECRET && value.isBlank()) {
                if (spec.required()) {
                    throw new ConflictException("script " + script + " needs a value for parameter '"
                            + spec.name() + "' (" + spec.type().id() + ")");
                }
                continue;
            }
            (spec.type() == ParameterType.SECRET ? secrets : plain).put(spec.name(), check(spec, value));
        }
        return new Bound(plain, Secret.of(secrets));
    }

    /** Binds free-form values of an inline script: each becomes a string environment variable. */
    static Bound bindInline(Map<String, String> values) {
        Map<String, String> bound = new TreeMap<>();
        values.forEach((name, value) -> {
            if (!NAME.matcher(name).matches()) {
                throw new InvalidRequestException("parameter name '" + name + "' must be letters, digits and "
                        + "underscores, not starting with a digit");
            }
            bound.put(name, plain(name, value));
        });
        return new Bound(bound, Secret.none());
    }

    private static String check(ParameterSpec spec, String raw) {
        String value = plain(spec.name(), raw);
        String normalized = switch (spec.type()) {
            case INTEGER -> {
                if (!INTEGER.matcher(value.trim()).matches()) {
                    throw bad(spec, value, "an integer");
                }
                yield value.trim();
            }
            case BOOLEAN -> bool(spec, value);
            case ENUM -> {
                if (!spec.allowedValues().contains(value)) {
                    throw bad(spec, value, "one of " + String.join(", ", spec.allowedValues()));
                }
                yield value;
            }
            case STRING, SECRET -> value;
        };
        if (spec.pattern() != null && !Pattern.compile(spec.pattern()).matcher(normalized).matches()) {
            throw bad(spec, value, "a value matching " + spec.pattern());
        }
        return normalized;
    }

    private static String bool(ParameterSpec spec, String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> "true";
            case "false", "no", "0" -> "false";
            default -> throw bad(spec, value, "true or false");
        };
    }

    private static String plain(String name, String value) {
        if (value == null) {
            throw new InvalidRequestException("parameter '" + name + "' has no value");
        }
        if (value.indexOf('\0') >= 0) {
            throw new InvalidRequestException("parameter '" + name + "' contains a NUL character");
        }
        return value;
    }

    private static ConflictException bad(ParameterSpec spec, String value, String expected) {
        if (spec.type() == ParameterType.SECRET) {
            return new ConflictException("secret parameter '" + spec.name() + "' must be " + expected
                    + " (its value is not shown)");
        }
        String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
        return new ConflictException("parameter '" + spec.name() + "' must be " + expected + ", not '" + shown
                + "'" + (spec.type() == ParameterType.STRING ? "" : " (" + spec.type().id() + ")"));
    }
}
