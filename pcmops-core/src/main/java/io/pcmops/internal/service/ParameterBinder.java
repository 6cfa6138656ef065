package io.pcmops.internal.service;

import io.pcmops.InvalidRequestException;
import io.pcmops.model.ParameterSpec;
import io.pcmops.model.ParameterType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks parameter values against a script's parameters: no unknown names, every required value present, each
 * value of its type and pattern. Returns the values with defaults filled in and booleans normalised.
 */
public final class ParameterBinder {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,18}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    private ParameterBinder() {
    }

    /** Binds values to declared parameters of a saved script. */
    public static Map<String, String> bind(String script, List<ParameterSpec> specs, Map<String, String> values) {
        Map<String, ParameterSpec> byName = specs.stream()
                .collect(Collectors.toMap(ParameterSpec::name, s -> s, (a, b) -> a, TreeMap::new));
        for (String name : values.keySet()) {
            if (!byName.containsKey(name)) {
                throw new InvalidRequestException("unknown parameter '" + name + "' for script " + script + "; it "
                        + (byName.isEmpty() ? "takes no parameters" : "takes: " + String.join(", ", byName.keySet())));
            }
        }
        Map<String, String> bound = new TreeMap<>();
        for (ParameterSpec spec : byName.values()) {
            String value = values.containsKey(spec.name()) ? values.get(spec.name()) : spec.defaultValue();
            if (value == null) {
                if (spec.required()) {
                    throw new InvalidRequestException("script " + script + " needs a value for parameter '"
                            + spec.name() + "' (" + spec.type().id() + ")");
                }
                continue;
            }
            bound.put(spec.name(), check(spec, value));
        }
        return bound;
    }

    /** Binds free-form values of an inline script: each becomes a string environment variable. */
    static Map<String, String> bindInline(Map<String, String> values) {
        Map<String, String> bound = new TreeMap<>();
        values.forEach((name, value) -> {
            if (!NAME.matcher(name).matches()) {
                throw new InvalidRequestException("parameter name '" + name + "' must be letters, digits and "
                        + "underscores, not starting with a digit");
            }
            bound.put(name, plain(name, value));
        });
        return bound;
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
            case STRING -> value;
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

    private static InvalidRequestException bad(ParameterSpec spec, String value, String expected) {
        String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
        return new InvalidRequestException("parameter '" + spec.name() + "' must be " + expected + ", not '" + shown
                + "'" + (spec.type() == ParameterType.STRING ? "" : " (" + spec.type().id() + ")"));
    }
}
