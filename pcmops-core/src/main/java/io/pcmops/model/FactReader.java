package io.pcmops.model;

import io.pcmops.InvalidRequestException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a step turns a target's output into facts. ANSI escape sequences are removed first; then every enabled part
 * reads the standard output, in this order, later parts overriding earlier ones for the same name:
 *
 * <ul>
 *   <li>{@code keyValue}: every line {@code KEY=value} ({@code KEY} letters, digits, {@code _ . -}) gives fact
 *       {@code KEY}; the last line of a key wins;</li>
 *   <li>{@code json}: the JSON object in the output (from its first <code>{</code> to its last <code>}</code>):
 *       each top-level field is a fact, scalars as text and arrays or objects as compact JSON;
 *       {@code jsonPointers} name more facts by JSON Pointer ({@code /lvm/volume_groups});</li>
 *   <li>{@code regex}: fact → regular expression (multi-line mode); the first match's group 1 (or the whole match
 *       when there is no group), trimmed;</li>
 *   <li>{@code lists}: fact → regular expression; group 1 of every match, joined with commas (empty when none);</li>
 *   <li>{@code derive}: facts computed from the facts above, in order.</li>
 * </ul>
 *
 * When no part is enabled, {@code keyValue} is.
 *
 * @param keyValue     read {@code KEY=value} lines
 * @param json         read a JSON object
 * @param jsonPointers fact → JSON Pointer into that object
 * @param regex        fact → regular expression, first match
 * @param lists        fact → regular expression, every match
 * @param derive       fact → derivation from another fact
 */
public record FactReader(boolean keyValue, boolean json, Map<String, String> jsonPointers, Map<String, String> regex,
                         Map<String, String> lists, Map<String, DerivedFact> derive) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,99}");

    public FactReader {
        jsonPointers = names(jsonPointers, "jsonPointers");
        regex = names(regex, "regex");
        lists = names(lists, "lists");
        derive = names(derive, "derive");
        regex.forEach((name, pattern) -> Patterns.check("regex of fact '" + name + "'", pattern));
        lists.forEach((name, pattern) -> Patterns.check("list pattern of fact '" + name + "'", pattern));
        jsonPointers.forEach((name, pointer) -> {
            if (!pointer.isEmpty() && !pointer.startsWith("/")) {
                throw new InvalidRequestException("JSON pointer of fact '" + name + "' must start with '/'");
            }
        });
        if (!json && !jsonPointers.isEmpty()) {
            throw new InvalidRequestException("jsonPointers need 'json: true'");
        }
        if (!json && regex.isEmpty() && lists.isEmpty()) {
            keyValue = true;
        }
    }

    /** Returns the default reader: {@code KEY=value} lines. */
    public static FactReader keyValueLines() {
        return new FactReader(true, false, null, null, null, null);
    }

    private static <V> Map<String, V> names(Map<String, V> map, String field) {
        if (map == null) {
            return Map.of();
        }
        for (Map.Entry<String, V> entry : map.entrySet()) {
            if (!NAME.matcher(entry.getKey()).matches()) {
                throw new InvalidRequestException(field + ": fact name '" + entry.getKey()
                        + "' must be letters, digits, '_', '.' or '-', not starting with a digit");
            }
            if (entry.getValue() == null) {
                throw new InvalidRequestException(field + ": fact '" + entry.getKey() + "' has no value");
            }
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
