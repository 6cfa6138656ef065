package io.pcmops.internal.workflow.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills <code>{fact}</code> placeholders with a target's values; a missing fact shows as {@code ?}. */
public final class Templates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\$?[A-Za-z_][A-Za-z0-9_.-]*)}");

    private Templates() {
    }

    public static String fill(String template, Subject subject) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            String value = subject.value(m.group(1));
            m.appendReplacement(filled, Matcher.quoteReplacement(value == null || value.isEmpty() ? "?" : value));
        }
        return m.appendTail(filled).toString();
    }
}
