package io.pcmops.model;

import io.pcmops.InvalidRequestException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A typed script parameter. Values reach the script as environment variables named after the parameter; values of
 * {@link ParameterType#SECRET} parameters are handled as secrets all the way (see there).
 *
 * @param name          environment-variable style name: letters, digits and underscores, not starting with a digit
 * @param type          value type
 * @param required      whether a value (or a default) must be present
 * @param defaultValue  value used when none is given, or {@code null}
 * @param allowedValues the choices of an {@link ParameterType#ENUM} parameter
 * @param pattern       a regular expression the whole value must match, or {@code null}
 * @param description   help text, or {@code null}
 */
public record ParameterSpec(
        String name, ParameterType type, boolean required, String defaultValue, List<String> allowedValues,
        String pattern, String description) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new InvalidRequestException("parameter name '" + name
                    + "' must be letters, digits and underscores (not starting with a digit), at most 64 characters");
        }
        type = type == null ? ParameterType.STRING : type;
        allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
        if (type == ParameterType.SECRET && (defaultValue != null || !allowedValues.isEmpty())) {
            throw new InvalidRequestException("secret parameter '" + name + "' cannot have a default or allowed "
                    + "values: they would be stored in clear with the script");
        }
        if (type == ParameterType.ENUM && allowedValues.isEmpty()) {
            throw new InvalidRequestException("enum parameter '" + name + "' needs its allowed values");
        }
        if (pattern != null) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new InvalidRequestException("parameter '" + name + "' has an invalid pattern: " + e.getDescription());
            }
        }
    }

    /** Returns a required secret parameter. */
    public static ParameterSpec secret(String name) {
        return new ParameterSpec(name, ParameterType.SECRET, true, null, List.of(), null, null);
    }

    /** Returns a required string parameter with no default. */
    public static ParameterSpec string(String name) {
        return new ParameterSpec(name, ParameterType.STRING, true, null, List.of(), null, null);
    }

    /** Returns an optional parameter of the given type with a default value. */
    public static ParameterSpec optional(String name, ParameterType type, String defaultValue) {
        return new ParameterSpec(name, type, false, defaultValue, List.of(), null, null);
    }

    /** Returns an enum parameter with the given choices, required unless a default is given. */
    public static ParameterSpec choice(String name, List<String> allowedValues, String defaultValue) {
        return new ParameterSpec(name, ParameterType.ENUM, defaultValue == null, defaultValue, allowedValues, null,
                null);
    }
}
