package io.pcmops.cli.options;

import io.pcmops.InvalidRequestException;

/**
 * A saved script named on the command line as {@code NAME} or {@code NAME@VERSION}.
 *
 * @param name    script name
 * @param version version, or {@code null} for the latest
 */
public record ScriptRef(String name, Integer version) {

    /** Parses {@code NAME[@VERSION]}. */
    public static ScriptRef parse(String text) {
        int at = text.lastIndexOf('@');
        if (at < 0) {
            return new ScriptRef(text, null);
        }
        String version = text.substring(at + 1);
        if (!version.matches("[1-9][0-9]{0,8}")) {
            throw new InvalidRequestException("bad script version in '" + text + "'; use NAME or NAME@VERSION, "
                    + "e.g. patch@3");
        }
        return new ScriptRef(text.substring(0, at), Integer.valueOf(version));
    }
}
