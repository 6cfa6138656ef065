package io.pcmops.internal.workflow.report;

import io.pcmops.internal.workflow.facts.Ansi;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a final report's output into sections at lines {@code === Title ===}. */
final class ReportSections {

    private static final Pattern HEADING = Pattern.compile("^=== (.+?) ===\\s*$", Pattern.MULTILINE);

    private ReportSections() {
    }

    /** Title → text; text before the first heading goes under {@code Output}. */
    static Map<String, String> split(String output) {
        String text = Ansi.strip(output);
        Map<String, String> sections = new LinkedHashMap<>();
        Matcher m = HEADING.matcher(text);
        String title = "Output";
        int start = 0;
        while (m.find()) {
            put(sections, title, text.substring(start, m.start()));
            title = m.group(1).trim();
            start = m.end();
        }
        put(sections, title, text.substring(start));
        return sections;
    }

    private static void put(Map<String, String> sections, String title, String text) {
        String trimmed = text.strip();
        if (!trimmed.isEmpty()) {
            sections.merge(title, trimmed, (a, b) -> a + "\n" + b);
        }
    }
}
