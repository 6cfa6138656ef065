package io.pcmops.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.Pcmops;
import io.pcmops.model.InvocationState;
import io.pcmops.model.Run;
import io.pcmops.model.RunRequest;
import io.pcmops.model.RunStatus;
import io.pcmops.model.ScriptChoice;
import io.pcmops.model.ScriptLanguage;
import io.pcmops.model.Selector;
import io.pcmops.stub.StubProvider;
import io.pcmops.testkit.TestLibraries;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunEngineSmokeTest {

    @TempDir
    Path dir;

    @Test
    void start_onStubFleet_finishesWithEveryTargetSucceeded() throws Exception {
        StubProvider stub = StubProvider.builder().targets(120).build();
        try (Pcmops pcm = TestLibraries.open(dir, stub)) {
            Run run = pcm.runs().start(RunRequest.onSelector(Selector.all(),
                    ScriptChoice.inline(ScriptLanguage.SHELL, "echo hi"))).get(10, TimeUnit.SECONDS);
            Run done = pcm.runs().completion(run.id()).get(10, TimeUnit.SECONDS);
            assertThat(done.status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(done.count(InvocationState.SUCCESS)).isEqualTo(120);
            assertThat(stub.stats().unitsSent()).hasSize(4);
        }
    }
}
