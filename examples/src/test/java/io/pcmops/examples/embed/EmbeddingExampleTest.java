package io.pcmops.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.model.Run;
import io.pcmops.model.RunStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingExampleTest {

    @TempDir
    Path dir;

    @Test
    void run_onThisMachine_printsTheScriptOutput() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Run run = EmbeddingExample.run(dir, new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("SUCCEEDED", "SUCCESS, exit 0",
                "hello from Linux, nice to meet you");
    }
}
