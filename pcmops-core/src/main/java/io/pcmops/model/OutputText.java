package io.pcmops.model;

import java.nio.charset.StandardCharsets;

/**
 * Output of one stream of one invocation.
 *
 * @param text      the text we hold
 * @param truncated whether the provider cut it before we got it
 * @param bytes     size of the whole output in bytes, as the script wrote it: more than {@code text} holds when the
 *                  output was truncated
 */
public record OutputText(String text, boolean truncated, long bytes) {

    public OutputText {
        text = text == null ? "" : text;
    }

    /** Returns an empty, complete output. */
    public static OutputText empty() {
        return new OutputText("", false, 0);
    }

    /** Returns complete output. */
    public static OutputText of(String text) {
        return of(text, false);
    }

    /** Returns output with its byte count computed. */
    public static OutputText of(String text, boolean truncated) {
        String value = text == null ? "" : text;
        return new OutputText(value, truncated, value.getBytes(StandardCharsets.UTF_8).length);
    }
}
