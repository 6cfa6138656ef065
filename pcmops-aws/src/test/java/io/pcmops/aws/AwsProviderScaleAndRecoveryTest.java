package io.pcmops.aws;

import static io.pcmops.aws.RunSupport.FAST;
import static io.pcmops.aws.RunSupport.invocations;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.Pcmops;
import io.pcmops.aws.testkit.AwsTestEnvironment;
import io.pcmops.aws.testkit.Behaviour;
import io.pcmops.model.Invocation;
import io.pcmops.model.InvocationState;
import io.pcmops.model.Run;
import io.pcmops.model.RunOptions;
import io.pcmops.model.RunStatus;
import io.pcmops.model.Selector;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwsProviderScaleAndRecoveryTest {

    @TempDir
    static Path dir;

    @AutoClose
    private static AwsTestEnvironment env;
    private static Pcmops pcm;

    @BeforeAll
    static void start() {
        env = AwsTestEnvironment.builder(dir.resolve("data")).members(1).regions(List.of("us-east-1"))
                .perRegion(120).govAccount(null).start();
        pcm = env.pcm();
    }

    @Test
    void run_when120TargetsInOneRegion_sendsThreeCommands() throws Exception {
        long before = env.simulator().callCount("SendCommand");
        Map<String, Long> callsBefore = pcm.providers().get(0).apiCalls();

        Run done = RunSupport.run(pcm, RunSupport.aws(), "echo hi", FAST);

        assertThat(done.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(done.count(InvocationState.SUCCESS)).isEqualTo(120);
        assertThat(env.simulator().callCount("SendCommand") - before).isEqualTo(3);
        assertThat(pcm.providers().get(0).apiCalls().get("ssm:SendCommand")
                - callsBefore.getOrDefault("ssm:SendCommand", 0L)).isEqualTo(3);
        assertThat(env.simulator().commands()).allSatisfy(c -> assertThat(c.instanceIds()).hasSizeLessThanOrEqualTo(50));
    }

    @Test
    void resume_whenProviderClosedMidRun_newLibraryFinishesWithoutResending() throws Exception {
        List<String> ids = env.instancesOf(env.members().get(0)).subList(0, 60);
        ids.forEach(id -> env.simulator().update(id, b -> b.behaviour(Behaviour.scripted(0, "late\n", "",
                Duration.ofSeconds(3000)))));
        Path data = dir.resolve("crash");
        Pcmops first = env.openLibrary(data, b -> b.lease(Duration.ofSeconds(2)), true);
        long sends = env.simulator().callCount("SendCommand");
        Run started = RunSupport.start(first, Selector.builder().provider("aws").ids(ids).build(), "sleep 3",
                new RunOptions("100%", "100%", Duration.ofHours(1), Duration.ofHours(1)));
        awaitSends(sends + 2);
        first.close();

        try (Pcmops second = env.openLibrary(data, b -> b.lease(Duration.ofSeconds(2)), false)) {
            Run done = RunSupport.finish(second, started);

            assertThat(done.status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(invocations(second, done.id()).values()).extracting(Invocation::stdout).containsOnly("late\n");
            assertThat(env.simulator().callCount("SendCommand") - sends).isEqualTo(2);
        } finally {
            ids.forEach(id -> env.simulator().update(id, b -> b.behaviour(AwsTestEnvironment.OK)));
        }
    }

    private static void awaitSends(long count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (env.simulator().callCount("SendCommand") < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(env.simulator().callCount("SendCommand")).isEqualTo(count);
    }
}
