package io.pcmops.aws;

import static io.pcmops.aws.RunSupport.invocations;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.Pcmops;
import io.pcmops.aws.testkit.AwsTestEnvironment;
import io.pcmops.aws.testkit.Behaviour;
import io.pcmops.aws.testkit.SimulatedInstance.State;
import io.pcmops.model.Invocation;
import io.pcmops.model.InvocationState;
import io.pcmops.model.Plan;
import io.pcmops.model.Run;
import io.pcmops.model.RunEvent;
import io.pcmops.model.RunOptions;
import io.pcmops.model.RunRequest;
import io.pcmops.model.ScriptChoice;
import io.pcmops.model.ScriptLanguage;
import io.pcmops.model.Selector;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SSM's short windows at a time scale where they last several polling intervals (scale 0.01, polling every 100 ms):
 * the 30 s after SendCommand in which invocations are not yet visible (0.3 s real), then Pending until 50 s
 * (0.5 s), a 50 s script (0.5 s), and a delivery timeout. The product must wait through each without a wrong state.
 */
class AwsProviderTimeScaleTest {

    private static final double SCALE = 0.01;

    @TempDir
    static Path dir;

    @AutoClose
    private static AwsTestEnvironment env;
    private static Pcmops pcm;
    private static List<String> ids;

    @BeforeAll
    static void start() {
        env = AwsTestEnvironment.oneAccount(dir.resolve("data")).pollInterval(Duration.ofMillis(100))
                .behaviour(Behaviour.scripted(0, "done\n", "", Duration.ofSeconds(50)))
                .simulator(b -> b.timeScale(SCALE).visibilityDelay(Duration.ofSeconds(30))
                        .dispatchDelay(Duration.ofSeconds(50)).deliveryRetryInterval(Duration.ofSeconds(10))).start();
        pcm = env.pcm();
        ids = env.instancesOf(env.members().get(0));
    }

    @Test
    void run_whenInvocationsAreInvisibleThenPendingThenRunning_waitsThroughEachAndEndsRight() throws Exception {
        List<InvocationState> seen = Collections.synchronizedList(new ArrayList<>());
        Run started = start(plan(ids.subList(0, 2)), new RunOptions("100%", "0", Duration.ofMinutes(10),
                Duration.ofMinutes(10)));
        Run done;
        try (AutoCloseable watching = pcm.runs().watch(started.id(), event -> record(event, seen))) {
            done = RunSupport.finish(pcm, started);
        }

        String commandId = env.simulator().commands().getLast().commandId();
        assertThat(env.simulator().answersBeforeVisible(commandId)).isPositive();
        assertThat(seen).contains(InvocationState.IN_PROGRESS).doesNotContain(InvocationState.TIMED_OUT_DELIVERY,
                InvocationState.FAILED);
        assertThat(invocations(pcm, done.id()).values()).hasSize(2).allSatisfy(i -> {
            assertThat(i.state()).isEqualTo(InvocationState.SUCCESS);
            assertThat(i.stdout()).isEqualTo("done\n");
            assertThat(i.startedAt()).isBeforeOrEqualTo(i.endedAt());
        });
    }

    @Test
    void run_whenInstanceStaysStopped_isDelayedUntilSsmTimesTheDeliveryOut() throws Exception {
        String stopped = ids.get(2);
        Plan plan = plan(List.of(stopped));
        env.simulator().update(stopped, b -> b.state(State.STOPPED));
        try {
            Run done = RunSupport.finish(pcm, start(plan, new RunOptions("100%", "0", Duration.ofSeconds(30),
                    Duration.ofSeconds(60))));

            Invocation invocation = invocations(pcm, done.id()).get(stopped);
            assertThat(invocation.state()).isEqualTo(InvocationState.TIMED_OUT_DELIVERY);
            assertThat(env.simulator().executions(stopped)).isEmpty();
        } finally {
            env.simulator().update(stopped, b -> b.state(State.RUNNING));
        }
    }

    private static Plan plan(List<String> targets) {
        return pcm.plans().create(Selector.builder().provider("aws").ids(targets).build()).join();
    }

    private static Run start(Plan plan, RunOptions options) {
        return pcm.runs().start(RunRequest.onPlan(plan.id(), ScriptChoice.inline(ScriptLanguage.SHELL, "work"))
                .withOptions(options)).join();
    }

    private static void record(RunEvent event, List<InvocationState> seen) {
        event.changes().forEach(change -> seen.add(change.state()));
    }
}
