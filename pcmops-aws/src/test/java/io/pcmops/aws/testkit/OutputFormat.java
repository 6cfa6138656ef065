package io.pcmops.aws.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The size limits of output in API answers (lengths in bytes, SSM-BEHAVIOUR.md §4/§5). StandardOutputContent: an
 * output of 24,000 bytes or more becomes its first 23,980 bytes + {@code --output truncated--}. StandardErrorContent:
 * its first 8,000 bytes, with no marker: the real service is not documented to mark that cut, so clients must treat
 * 8,000 as possibly cut. CommandPlugins[].Output: at most 2,500 bytes, the agent's format.
 */
final class OutputFormat {

    static final String CONTENT_MARKER = "--output truncated--";
    static final String ERROR_TITLE = "\n----------ERROR-------\n";
    static final String OUTPUT_MARKER = "\n---Output truncated---";
    static final String ERROR_MARKER = "\n---Error truncated----";
    private static final int PLUGIN_CAPACITY = 2500;

    private OutputFormat() {
    }

    static String standardOutput(byte[] stdout) {
        return prefix(stdout, 24_000);
    }

    static String standardError(byte[] stderr) {
        return cut(stderr, 8_000);
    }

    /** The CommandPlugins[].Output text: stdout, the error title and stderr, truncated to 2,500 bytes. */
    static String pluginOutput(byte[] stdout, byte[] stderr) {
        int available = PLUGIN_CAPACITY - ERROR_TITLE.length();
        if (stdout.length + stderr.length < available) {
            return text(stdout) + (stderr.length == 0 ? "" : ERROR_TITLE + text(stderr));
        }
        if (stderr.length == 0) {
            return cut(stdout, PLUGIN_CAPACITY - OUTPUT_MARKER.length()) + OUTPUT_MARKER;
        }
        int half = (available - OUTPUT_MARKER.length() - ERROR_MARKER.length()) / 2;
        if (stdout.length > half && stderr.length > half) {
            return cut(stdout, half) + OUTPUT_MARKER + ERROR_TITLE + cut(stderr, half) + ERROR_MARKER;
        }
        if (stdout.length <= half) {
            int room = available - ERROR_MARKER.length() - stdout.length;
            return text(stdout) + ERROR_TITLE + cut(stderr, room) + ERROR_MARKER;
        }
        int room = available - OUTPUT_MARKER.length() - stderr.length;
        return cut(stdout, room) + OUTPUT_MARKER + ERROR_TITLE + text(stderr);
    }

    private static String prefix(byte[] content, int limit) {
        if (content.length < limit) {
            return text(content);
        }
        return cut(content, limit - CONTENT_MARKER.length()) + CONTENT_MARKER;
    }

    private static String cut(byte[] content, int bytes) {
        return text(Arrays.copyOf(content, Math.min(bytes, content.length)));
    }

    private static String text(byte[] content) {
        return new String(content, StandardCharsets.UTF_8);
    }
}
