package io.pcmops.internal.workflow.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.pcmops.internal.json.JsonMappers;
import io.pcmops.model.DerivedFact;
import io.pcmops.model.FactReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Applies a {@link FactReader} to one target's output. */
public final class FactExtractor {

    /** Longest fact value kept, in characters. */
    public static final int MAX_VALUE = 65_536;

    private static final Pattern KEY_VALUE = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_.-]{0,99})[ \\t]*=(.*)$",
            Pattern.MULTILINE);

    private final FactReader reader;

    public FactExtractor(FactReader reader) {
        this.reader = reader;
    }

    /** Returns the facts of the output, in the order they were found. */
    public Map<String, String> read(String output) {
        String text = Ansi.strip(output);
        Map<String, String> facts = new LinkedHashMap<>();
        if (reader.keyValue()) {
            keyValues(text, facts);
        }
        if (reader.json()) {
            json(text, facts);
        }
        reader.regex().forEach((name, regex) -> first(text, regex).ifPresent(value -> put(facts, name, value)));
        reader.lists().forEach((name, regex) -> put(facts, name, String.join(",", all(text, regex))));
        reader.derive().forEach((name, rule) -> derive(facts, rule).ifPresent(value -> put(facts, name, value)));
        return facts;
    }

    /** Reads {@code KEY=value} lines only: the facts of a plain run. */
    public static Map<String, String> keyValues(String output) {
        Map<String, String> facts = new LinkedHashMap<>();
        keyValues(Ansi.strip(output), facts);
        return facts;
    }

    private static void keyValues(String text, Map<String, String> facts) {
        Matcher m = KEY_VALUE.matcher(text);
        while (m.find()) {
            put(facts, m.group(1), m.group(2).trim());
        }
    }

    private void json(String text, Map<String, String> facts) {
        int start = text.indexOf('{');
        int end = text.lastIndexOf('}');
        if (start < 0 || end < start) {
            return;
        }
        JsonNode root;
        try {
            root = JsonMappers.shared().readTree(text.substring(start, end + 1));
        } catch (JsonProcessingException e) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            put(facts, field.getKey(), text(field.getValue()));
        }
        reader.jsonPointers().forEach((name, pointer) -> {
            JsonNode node = root.at(pointer);
            if (!node.isMissingNode()) {
                put(facts, name, text(node));
            }
        });
    }

    private static String text(JsonNode node) {
        return node.isValueNode() ? node.asText() : node.toString();
    }

    private static java.util.Optional<String> first(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of((m.groupCount() > 0 && m.group(1) != null ? m.group(1) : m.group()).trim());
    }

    private static List<String> all(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        List<String> values = new ArrayList<>();
        while (m.find()) {
            String value = (m.groupCount() > 0 && m.group(1) != null ? m.group(1) : m.group()).trim();
            if (!value.isEmpty() && !values.contains(value)) {
                values.add(value);
            }
        }
        return values;
    }

    private static java.util.Optional<String> derive(Map<String, String> facts, DerivedFact rule) {
        java.util.Optional<String> derived = match(facts.get(rule.from()), rule);
        return derived.isPresent() || rule.orElse() == null ? derived
                : java.util.Optional.ofNullable(facts.get(rule.orElse()));
    }

    private static java.util.Optional<String> match(String source, DerivedFact rule) {
        if (source == null) {
            return java.util.Optional.empty();
        }
        if (rule.pattern() != null) {
            return first(source, rule.pattern());
        }
        for (DerivedFact.Case option : rule.cases()) {
            if (Pattern.compile(option.pattern()).matcher(source).find()) {
                return java.util.Optional.of(option.value());
            }
        }
        return java.util.Optional.empty();
    }

    private static void put(Map<String, String> facts, String name, String value) {
        facts.put(name, value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) : value);
    }
}
