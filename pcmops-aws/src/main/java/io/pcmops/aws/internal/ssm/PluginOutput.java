package io.pcmops.aws.internal.ssm;

import io.pcmops.model.OutputText;
import java.nio.charset.StandardCharsets;

/**
 * Reads the {@code Output} of an SSM command plugin: at most 2,500 bytes holding stdout, then
 * {@code \n----------ERROR-------\n} and stderr when there is any. Output near that size, or carrying the agent's
 * truncation markers, may be cut and must be read elsewhere.
 */
final class PluginOutput {

    static final String ERROR_TITLE = "\n----------ERROR-------\n";
    private static final int CAPACITY = 2500;
    private static final String CONTENT_MARKER = "--output truncated--";
    private static final int STDERR_LIMIT = 8_000;

    private PluginOutput() {
    }

    /** Whether the plugin output may not be the whole output. */
    static boolean mayBeCut(String output) {
        return output.getBytes(StandardCharsets.UTF_8).length >= CAPACITY - ERROR_TITLE.length()
                || output.contains("\n---Output truncated---") || output.contains("\n---Error truncated----");
    }

    /** Whether the plugin output holds standard output (it comes first, before any error title). */
    static boolean showsStdout(String output) {
        return !output.isEmpty() && !output.startsWith(ERROR_TITLE);
    }

    /** Whether the plugin output holds standard error (after the error title). */
    static boolean showsStderr(String output) {
        return output.contains(ERROR_TITLE);
    }

    /** Splits a complete plugin output into stdout and stderr. */
    static OutputText[] split(String output) {
        int title = output.indexOf(ERROR_TITLE);
        if (title < 0) {
            return new OutputText[] {OutputText.of(output), OutputText.empty()};
        }
        return new OutputText[] {OutputText.of(output.substring(0, title)),
                OutputText.of(output.substring(title + ERROR_TITLE.length()))};
    }

    /** Reads GetCommandInvocation's StandardOutputContent, flagged truncated when it carries SSM's marker. */
    static OutputText stdoutContent(String text) {
        String value = text == null ? "" : text;
        return OutputText.of(value, value.endsWith(CONTENT_MARKER));
    }

    /**
     * Reads GetCommandInvocation's StandardErrorContent. SSM keeps 8,000 characters of it and is not documented to
     * mark the cut, so content that reaches the limit (in characters or bytes) is flagged as possibly truncated.
     */
    static OutputText stderrContent(String text) {
        String value = text == null ? "" : text;
        boolean atLimit = value.length() >= STDERR_LIMIT
                || value.getBytes(StandardCharsets.UTF_8).length >= STDERR_LIMIT;
        return OutputText.of(value, atLimit || value.endsWith(CONTENT_MARKER));
    }
}
