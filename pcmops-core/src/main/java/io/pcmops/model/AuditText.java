package io.pcmops.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * The bounds of audit texts, so that no caller (e.g. a sign-in with a megabyte user name) can make the audit log
 * grow by more than a few kilobytes per event. A cut text ends with {@code …[cut N chars]}.
 */
final class AuditText {

    /** Most entries kept in an event's details; the rest are summarised in one {@code …} entry. */
    static final int MAX_DETAILS = 32;
    private static final int MAX_DETAIL_NAME = 100;
    private static final int MAX_DETAIL_VALUE = 2000;

    private AuditText() {
    }

    /**
     * Returns the text, or its first {@code max} characters (never splitting a surrogate pair) followed by a
     * marker saying how many characters were cut.
     */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "…[cut " + (text.length() - end) + " chars]";
    }

    static Map<String, String> details(Map<String, String> details) {
        Map<String, String> kept = new TreeMap<>();
        new TreeMap<>(details).forEach((name, value) -> {
            if (kept.size() < MAX_DETAILS) {
                kept.put(cut(name, MAX_DETAIL_NAME), cut(value == null ? "" : value, MAX_DETAIL_VALUE));
            }
        });
        if (details.size() > MAX_DETAILS) {
            kept.put("…", "[cut " + (details.size() - MAX_DETAILS) + " more details]");
        }
        return Map.copyOf(kept);
    }
}
