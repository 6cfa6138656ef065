package io.pcmops.examples.aws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line arguments of the form {@code --name value} (a name may repeat) and {@code --flag}. */
final class Arguments {

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    private Arguments() {
    }

    /**
     * Reads {@code args}; {@code options} take a value, {@code flags} do not.
     *
     * @throws IllegalArgumentException naming an unknown option or one without its value
     */
    static Arguments parse(String[] args, Set<String> options, Set<String> flags) {
        Arguments parsed = new Arguments();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (flags.contains(name)) {
                parsed.values.computeIfAbsent(name, n -> new ArrayList<>()).add("true");
            } else if (options.contains(name)) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new IllegalArgumentException("option " + name + " needs a value");
                }
                parsed.values.computeIfAbsent(name, n -> new ArrayList<>()).add(args[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument '" + name + "' (see examples/README.md)");
            }
        }
        return parsed;
    }

    /** The last value of an option, or {@code fallback}. */
    String one(String name, String fallback) {
        List<String> given = values.get(name);
        return given == null ? fallback : given.get(given.size() - 1);
    }

    /** Every value of a repeatable option, in order. */
    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** Comma-separated values of an option, or an empty list. */
    List<String> list(String name) {
        String value = one(name, null);
        return value == null ? List.of() : List.of(value.split("\\s*,\\s*"));
    }

    boolean flag(String name) {
        return values.containsKey(name);
    }

    /** {@code KEY=VALUE} values of a repeatable option as a map. */
    Map<String, String> pairs(String name) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : all(name)) {
            int equals = pair.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException(name + " takes KEY=VALUE, got '" + pair + "'");
            }
            pairs.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return pairs;
    }
}
