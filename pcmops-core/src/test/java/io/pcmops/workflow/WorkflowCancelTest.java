package io.pcmops.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.Pcmops;
import io.pcmops.model.PageRequest;
import io.pcmops.model.RunStatus;
import io.pcmops.model.Selector;
import io.pcmops.model.WorkflowRun;
import io.pcmops.model.WorkflowRunRequest;
import io.pcmops.model.WorkflowRunStatus;
import io.pcmops.testkit.TestLibraries;
import io.pcmops.testkit.Waits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowCancelTest {

    @TempDir
    Path dir;

    @Test
    void cancel_duringAStep_cancelsItsRunAndStartsNothingMore() throws Exception {
        try (Pcmops pcm = TestLibraries.open(dir, new StubWorkflows().provider(6, Duration.ofSeconds(20), null))) {
            pcm.workflows().save(StubWorkflows.YAML);
            String id = pcm.workflows().start(WorkflowRunRequest.onSelector("stub-three",
                    Selector.builder().provider("stub").build())).join().id();
            Waits.until(() -> !pcm.workflows().run(id).step("check").runIds().isEmpty());

            WorkflowRun cancelling = pcm.workflows().cancel(id);
            WorkflowRun done = pcm.workflows().settled(id).get(60, TimeUnit.SECONDS);

            assertThat(cancelling.status()).isIn(WorkflowRunStatus.CANCELLING, WorkflowRunStatus.CANCELLED);
            assertThat(done.status()).isEqualTo(WorkflowRunStatus.CANCELLED);
            String runId = done.step("check").runIds().get(0);
            assertThat(pcm.runs().get(runId).status()).isEqualTo(RunStatus.CANCELLED);
            assertThat(pcm.workflows().results(id, "apply", PageRequest.first()).items()).isEmpty();
            assertThat(pcm.workflows().gate(id)).isEmpty();
        }
    }
}
