package io.pcmops.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.Pcmops;
import io.pcmops.internal.local.LocalProvider;
import io.pcmops.model.Run;
import io.pcmops.model.RunStatus;
import io.pcmops.testkit.ChildJvm;
import io.pcmops.testkit.Runs;
import io.pcmops.testkit.TestLibraries;
import io.pcmops.testkit.Waits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process stopped with SIGSTOP after storing a unit as dispatching, before sending it, loses its lease; another
 * engine on the same data directory takes the run over and sends the unit itself. When the first process goes on,
 * its permit to send is revoked and the local provider refuses the unit too: the script runs exactly once.
 */
class SendFencingTest {

    static final Duration LEASE = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    @Test
    void pausedOwner_resumingAfterATakeOver_sendsNothing() throws Exception {
        Path data = dir.resolve("data");
        Path ranLog = dir.resolve("ran.log");
        try (ChildJvm paused = ChildJvm.start(PausedSender.class, data.toString(), ranLog.toString())) {
            String runId = paused.awaitLine("RUN ").substring(4).trim();
            paused.awaitLine("PAUSING 1");
            paused.stop();
            Waits.until(Duration.ofSeconds(30), "the sender process stopped", paused::stopped);

            try (Pcmops heir = TestLibraries.builder(data, new LocalProvider()).lease(LEASE).build()) {
                Run done = Runs.finish(heir, heir.runs().get(runId));
                assertThat(done.status()).isEqualTo(RunStatus.SUCCEEDED);
                assertThat(Files.readAllLines(ranLog)).containsExactly("ran");

                paused.resume();
                paused.send("go");
                assertThat(paused.awaitLine("PERMIT ")).startsWith("PERMIT revoked");
                assertThat(paused.awaitLine("REFUSED ")).contains("given up");
                assertThat(Files.readAllLines(ranLog)).containsExactly("ran");
                assertThat(heir.runs().get(runId).status()).isEqualTo(RunStatus.SUCCEEDED);
            }
        }
    }
}
