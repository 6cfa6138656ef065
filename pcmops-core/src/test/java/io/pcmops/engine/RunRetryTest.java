package io.pcmops.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.Pcmops;
import io.pcmops.model.InvocationState;
import io.pcmops.model.RetryScope;
import io.pcmops.model.Run;
import io.pcmops.model.RunOptions;
import io.pcmops.model.RunRequest;
import io.pcmops.model.ScriptChoice;
import io.pcmops.model.ScriptLanguage;
import io.pcmops.model.Selector;
import io.pcmops.stub.StubProvider;
import io.pcmops.testkit.TestLibraries;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunRetryTest {

    @TempDir
    Path dir;

    @Test
    void retry_failedTargets_startsANewRunOnThoseOnly() throws Exception {
        StubProvider stub = StubProvider.builder().targets(10).failEvery(5).build();
        try (Pcmops pcm = TestLibraries.open(dir, stub)) {
            RunRequest request = RunRequest.onSelector(Selector.all(), ScriptChoice.inline(ScriptLanguage.SHELL, "x"))
                    .withOptions(RunOptions.defaults().withMaxErrors("100%"));
            Run first = pcm.runs().start(request).get(10, TimeUnit.SECONDS);
            pcm.runs().completion(first.id()).get(10, TimeUnit.SECONDS);
            Run retry = pcm.runs().retry(first.id(), Set.of(RetryScope.FAILED)).get(10, TimeUnit.SECONDS);
            Run done = pcm.runs().completion(retry.id()).get(10, TimeUnit.SECONDS);
            assertThat(done.retryOf()).isEqualTo(first.id());
            assertThat(done.targetCount()).isEqualTo(2);
            assertThat(done.count(InvocationState.FAILED)).isEqualTo(2);
        }
    }
}
