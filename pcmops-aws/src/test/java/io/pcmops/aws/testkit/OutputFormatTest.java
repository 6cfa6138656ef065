package io.pcmops.aws.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutputFormatTest {

    @Test
    void pluginOutput_whenOnlyLargeStdout_cutsTo2500WithOutputMarker() {
        String output = OutputFormat.pluginOutput(bytes("a", 3000), new byte[0]);

        assertThat(output).hasSize(2500).endsWith("\n---Output truncated---").startsWith("aaa");
    }

    @Test
    void pluginOutput_whenShortStdoutAndLargeStderr_keepsStdoutWhole() {
        String output = OutputFormat.pluginOutput(bytes("a", 10), bytes("b", 5000));

        assertThat(output).startsWith("a".repeat(10) + "\n----------ERROR-------\nbbb")
                .endsWith("\n---Error truncated----").hasSizeLessThanOrEqualTo(2500);
    }

    @Test
    void pluginOutput_whenLargeStdoutAndShortStderr_keepsStderrWhole() {
        String output = OutputFormat.pluginOutput(bytes("a", 5000), bytes("b", 10));

        assertThat(output).endsWith("\n---Output truncated---\n----------ERROR-------\n" + "b".repeat(10))
                .hasSizeLessThanOrEqualTo(2500);
    }

    @Test
    void standardOutput_whenEmpty_isEmpty() {
        assertThat(OutputFormat.standardOutput(new byte[0])).isEmpty();
    }

    private static byte[] bytes(String c, int count) {
        return c.repeat(count).getBytes(StandardCharsets.UTF_8);
    }
}
