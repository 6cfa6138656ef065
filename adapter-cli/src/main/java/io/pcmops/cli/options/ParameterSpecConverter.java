package io.pcmops.cli.options;

import io.pcmops.InvalidRequestException;
import io.pcmops.model.ParameterSpec;
import io.pcmops.model.ParameterType;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a script parameter declared as {@code NAME:TYPE[:DEFAULT]}: TYPE is string, integer, boolean or
 * {@code enum(a|b|c)}. Without a default the parameter is required.
 */
public final class ParameterSpecConverter extends LibraryConverter<ParameterSpec> {

    private static final Pattern ENUM = Pattern.compile("enum\\((.+)\\)", Pattern.CASE_INSENSITIVE);

    public ParameterSpecConverter() {
        super(ParameterSpecConverter::parse);
    }

    static ParameterSpec parse(String text) {
        String[] parts = text.split(":", 3);
        if (parts.length < 2) {
            throw new InvalidRequestException("parameter '" + text + "' must be NAME:TYPE or NAME:TYPE:DEFAULT, "
                    + "e.g. COUNT:integer:3 or MODE:enum(fast|safe):safe");
        }
        String defaultValue = parts.length == 3 ? parts[2] : null;
        Matcher choices = ENUM.matcher(parts[1]);
        if (choices.matches()) {
            List<String> values = Arrays.stream(choices.group(1).split("\\|")).map(String::trim).toList();
            return ParameterSpec.choice(parts[0], values, defaultValue);
        }
        return new ParameterSpec(parts[0], ParameterType.parse(parts[1]), defaultValue == null, defaultValue,
                List.of(), null, null);
    }
}
