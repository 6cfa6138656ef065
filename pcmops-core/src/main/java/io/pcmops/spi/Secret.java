package io.pcmops.spi;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Named secret values, e.g. an access key id, a secret key and a session token. Its {@link #toString()} never
 * shows a value, so a secret logged by mistake leaks nothing.
 */
public final class Secret {

    private final Map<String, String> fields;

    private Secret(Map<String, String> fields) {
        this.fields = java.util.Collections.unmodifiableMap(new TreeMap<>(fields));
    }

    /** Returns a secret holding the given fields; blank values are dropped. */
    public static Secret of(Map<String, String> fields) {
        Map<String, String> kept = new TreeMap<>();
        fields.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                kept.put(name, value);
            }
        });
        return new Secret(kept);
    }

    /** Returns one field's value. */
    public Optional<String> get(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** Returns the field names. */
    public Set<String> names() {
        return fields.keySet();
    }

    /** Returns every field; handle with care. */
    public Map<String, String> reveal() {
        return fields;
    }

    @Override
    public String toString() {
        return "Secret" + fields.keySet() + "(values redacted)";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && secret.fields.equals(fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }
}
