package io.pcmops.internal.workflow.facts;

import java.util.regex.Pattern;

/** Removes ANSI escape sequences (colours, cursor moves) and carriage returns from script output. */
public final class Ansi {

    private static final Pattern ESCAPE = Pattern.compile("\\x1B(?:[@-Z\\\\-_]|\\[[0-?]*[ -/]*[@-~])");

    private Ansi() {
    }

    public static String strip(String text) {
        return ESCAPE.matcher(text).replaceAll("").replace("\r\n", "\n").replace('\r', '\n');
    }
}
