package io.pcmops.spi;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Named secret values, e.g. an access key id, a secret key and a session token, or a script's secret parameters.
 * Its {@link #toString()} never shows a value, and in JSON it is the list of its names, so a secret logged or
 * returned by mistake leaks nothing.
 *
 * <p>A secret may be <em>withheld</em>: it knows its names but not its values (e.g. the secret parameters of a
 * stored run, read back for display). Asking a withheld secret for a value fails.
 */
public final class Secret {

    private static final Secret NONE = new Secret(Map.of(), Set.of());

    private final Map<String, String> fields;
    private final Set<String> withheld;

    private Secret(Map<String, String> fields, Set<String> withheld) {
        this.fields = java.util.Collections.unmodifiableMap(new TreeMap<>(fields));
        this.withheld = java.util.Collections.unmodifiableSet(new TreeSet<>(withheld));
    }

    /** Returns a secret holding the given fields; blank values are dropped. */
    public static Secret of(Map<String, String> fields) {
        Map<String, String> kept = new TreeMap<>();
        fields.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                kept.put(name, value);
            }
        });
        return new Secret(kept, Set.of());
    }

    /** Returns a secret with no field. */
    public static Secret none() {
        return NONE;
    }

    /** Returns a secret that knows only the names of its fields; their values are not at hand. */
    public static Secret withheld(Collection<String> names) {
        return names.isEmpty() ? NONE : new Secret(Map.of(), Set.copyOf(names));
    }

    /**
     * Returns one field's value.
     *
     * @throws IllegalStateException when the values are withheld
     */
    public Optional<String> get(String name) {
        return Optional.ofNullable(reveal().get(name));
    }

    /** Returns the field names. */
    @JsonValue
    public Set<String> names() {
        return withheld.isEmpty() ? fields.keySet() : withheld;
    }

    /** Returns whether there is no field. */
    public boolean isEmpty() {
        return names().isEmpty();
    }

    /** Returns whether only the names are known (see {@link #withheld(Collection)}). */
    public boolean isWithheld() {
        return !withheld.isEmpty();
    }

    /**
     * Returns every field; handle with care.
     *
     * @throws IllegalStateException when the values are withheld
     */
    public Map<String, String> reveal() {
        if (isWithheld()) {
            throw new IllegalStateException("the values of " + withheld + " are withheld");
        }
        return fields;
    }

    @Override
    public String toString() {
        return "Secret" + names() + "(values redacted)";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && secret.fields.equals(fields) && secret.withheld.equals(withheld);
    }

    @Override
    public int hashCode() {
        return fields.hashCode() * 31 + withheld.hashCode();
    }
}
