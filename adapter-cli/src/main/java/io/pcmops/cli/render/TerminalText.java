package io.pcmops.cli.render;

/**
 * Makes untrusted text (script output, names, tags, reasons, descriptions…) safe to show on a terminal: removes
 * escape sequences in their 7-bit and 8-bit forms (CSI such as colours and cursor moves; OSC such as titles and
 * links; DCS, SOS, PM and APC strings; other ESC sequences) and every other C0 or C1 control character and DEL,
 * keeping line feeds and tabs. A control string that is never terminated loses only its opener, so the text after
 * it still shows. The table and plain views print through it; JSON needs no such thing (its escaping keeps control
 * characters out of the bytes).
 */
public final class TerminalText {

    private static final char ESC = 0x1b;
    private static final char BEL = 0x07;
    private static final char CSI = 0x9b;
    private static final char ST = 0x9c;

    private TerminalText() {
    }

    /** Returns the text without terminal control sequences and control characters, or {@code null} for null. */
    public static String clean(String text) {
        if (text == null || text.chars().noneMatch(TerminalText::isControl)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ESC) {
                i = afterEscape(text, i + 1);
            } else if (c == CSI) {
                i = afterControlSequence(text, i + 1);
            } else if (opensString(c)) {
                i = afterString(text, i + 1);
            } else {
                if (!isControl(c)) {
                    kept.append(c);
                }
                i++;
            }
        }
        return kept.toString();
    }

    /** Returns whether a character is a control character a terminal may act on (not line feed or tab). */
    static boolean isControl(int c) {
        return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f;
    }

    private static int afterEscape(String text, int at) {
        if (at >= text.length()) {
            return at;
        }
        char next = text.charAt(at);
        if (next == '[') {
            return afterControlSequence(text, at + 1);
        }
        if (next == ']' || next == 'P' || next == 'X' || next == '^' || next == '_') {
            return afterString(text, at + 1);
        }
        int end = at;
        while (end < text.length() && text.charAt(end) >= 0x20 && text.charAt(end) <= 0x2f) {
            end++;
        }
        boolean finished = end < text.length() && text.charAt(end) >= 0x30 && text.charAt(end) <= 0x7e;
        return finished ? end + 1 : at;
    }

    /** Parameters and intermediates (0x20-0x3F), then a final byte (0x40-0x7E). */
    private static int afterControlSequence(String text, int at) {
        int end = at;
        while (end < text.length() && text.charAt(end) >= 0x20 && text.charAt(end) <= 0x3f) {
            end++;
        }
        boolean finished = end < text.length() && text.charAt(end) >= 0x40 && text.charAt(end) <= 0x7e;
        return finished ? end + 1 : end;
    }

    /** A control string runs to BEL or a string terminator (ESC \ or ST); unterminated, only its opener goes. */
    private static int afterString(String text, int at) {
        for (int end = at; end < text.length(); end++) {
            char c = text.charAt(end);
            if (c == BEL || c == ST) {
                return end + 1;
            }
            if (c == ESC && end + 1 < text.length() && text.charAt(end + 1) == '\\') {
                return end + 2;
            }
        }
        return at;
    }

    private static boolean opensString(char c) {
        return c == 0x90 || c == 0x98 || c == 0x9d || c == 0x9e || c == 0x9f;
    }
}
