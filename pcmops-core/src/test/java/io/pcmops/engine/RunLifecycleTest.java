package io.pcmops.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.ConflictException;
import io.pcmops.Pcmops;
import io.pcmops.model.Invocation;
import io.pcmops.model.InvocationState;
import io.pcmops.model.OutputGroup;
import io.pcmops.model.RetryScope;
import io.pcmops.model.Run;
import io.pcmops.model.RunEvent;
import io.pcmops.model.RunOptions;
import io.pcmops.model.RunStatus;
import io.pcmops.stub.StubOutcome;
import io.pcmops.stub.StubProvider;
import io.pcmops.testkit.MutableClock;
import io.pcmops.testkit.Runs;
import io.pcmops.testkit.SilentProvider;
import io.pcmops.testkit.TestLibraries;
import io.pcmops.testkit.Waits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLifecycleTest {

    @TempDir
    Path dir;

    @Test
    void start_whenScriptOutrunsExecutionTimeout_endsTimedOutAndSpendsBudget() {
        StubProvider stub = StubProvider.builder().targets(3).latency(Duration.ofSeconds(30)).build();
        try (Pcmops pcm = TestLibraries.open(dir, stub)) {
            Run done = Runs.finish(pcm, Runs.start(pcm, "stub", "sleep 30",
                    new RunOptions("50", "5", null, Duration.ofSeconds(1))));
            assertThat(done.count(InvocationState.TIMED_OUT_EXECUTION)).isEqualTo(3);
            assertThat(done.status()).isEqualTo(RunStatus.COMPLETED_WITH_FAILURES);
        }
    }

    @Test
    void start_whenProviderNeverAnswers_engineSettlesTargetsAfterTheDeadline() {
        MutableClock clock = new MutableClock();
        SilentProvider silent = new SilentProvider();
        try (Pcmops pcm = TestLibraries.builder(dir, silent).clock(clock)
                .graces(Duration.ofMinutes(1), Duration.ofMinutes(1)).build()) {
            Run run = Runs.start(pcm, "silent", "sleep 600", new RunOptions("50", "5", Duration.ofSeconds(30),
                    Duration.ofSeconds(60)));
            Waits.until(() -> pcm.runs().get(run.id()).count(InvocationState.DISPATCHED) == 1);
            clock.advance(Duration.ofSeconds(30 + 60 + 61));
            Run done = Runs.finish(pcm, run);
            assertThat(done.count(InvocationState.TIMED_OUT_DELIVERY)).isEqualTo(1);
            assertThat(Runs.invocations(pcm, run.id()).get(0).reason()).contains("within the delivery and execution");
            assertThat(silent.cancels()).isEqualTo(1);
        }
    }

    @Test
    void cancel_whenProviderNeverConfirms_settlesAfterTheCancelGrace() {
        SilentProvider silent = new SilentProvider();
        try (Pcmops pcm = TestLibraries.builder(dir, silent).graces(Duration.ofMinutes(5), Duration.ofMillis(300))
                .build()) {
            Run run = Runs.start(pcm, "silent", "sleep 600", RunOptions.defaults());
            Waits.until(() -> pcm.runs().get(run.id()).count(InvocationState.DISPATCHED) == 1);
            pcm.runs().cancel(run.id());
            Run done = Runs.finish(pcm, run);
            assertThat(done.status()).isEqualTo(RunStatus.CANCELLED);
            assertThat(Runs.invocations(pcm, run.id()).get(0).reason()).contains("did not confirm");
        }
    }

    @Test
    void cancel_whileRunning_cancelsInFlightAndNeverSendsTheRest() {
        StubProvider stub = StubProvider.builder().targets(10).latency(Duration.ofSeconds(20)).build();
        try (Pcmops pcm = TestLibraries.open(dir, stub)) {
            Run run = Runs.start(pcm, "stub", "sleep 20", Runs.options("4", "0"));
            Waits.until(() -> stub.stats().running() == 4);
            Run cancelling = pcm.runs().cancel(run.id());
            assertThat(cancelling.status()).isIn(RunStatus.CANCELLING, RunStatus.CANCELLED);
            Run done = Runs.finish(pcm, run);
            assertThat(done.status()).isEqualTo(RunStatus.CANCELLED);
            assertThat(done.count(InvocationState.CANCELLED)).isEqualTo(10);
            assertThat(stub.stats().targetsSent()).isEqualTo(4);
            assertThat(stub.stats().running()).isZero();
        }
    }

    @Test
    void retry_ofFailedTargets_runsOnlyThoseAsANewLinkedRun() {
        StubProvider stub = StubProvider.builder().targets(9).failEvery(3).build();
        try (Pcmops pcm = TestLibraries.open(dir, stub)) {
            Run first = Runs.finish(pcm, Runs.start(pcm, "stub", "check", Runs.options("50", "100%")));
            assertThat(first.count(InvocationState.FAILED)).isEqualTo(3);
            Run retry = Runs.finish(pcm, pcm.runs().retry(first.id(), Set.of(RetryScope.FAILED)).join());
            assertThat(retry.retryOf()).isEqualTo(first.id());
            assertThat(retry.targetCount()).isEqualTo(3);
            assertThat(retry.scriptHash()).isEqualTo(first.scriptHash());
            assertThat(Runs.invocations(pcm, retry.id())).extracting(i -> i.target().targetId())
                    .containsExactlyInAnyOrder("stub-000003", "stub-000006", "stub-000009");
        }
    }

    @Test
    void retry_whenNoTargetInScope_isRefusedWithTheReason() {
        StubProvider stub = StubProvider.builder().targets(2).build();
        try (Pcmops pcm = TestLibraries.open(dir, stub)) {
            Run done = Runs.finish(pcm, Runs.start(pcm, "stub", "true", RunOptions.defaults()));
            assertThatThrownBy(() -> pcm.runs().retry(done.id(), Set.of(RetryScope.FAILED)).join())
                    .hasCauseInstanceOf(ConflictException.class)
                    .hasMessageContaining("has no target that is failed");
        }
    }

    @Test
    void watch_followsARunToItsFinishedEvent() throws Exception {
        StubProvider stub = StubProvider.builder().targets(6).latency(Duration.ofMillis(100)).build();
        try (Pcmops pcm = TestLibraries.open(dir, stub)) {
            Run run = Runs.start(pcm, "stub", "echo", Runs.options("2", "0"));
            List<RunEvent> events = new CopyOnWriteArrayList<>();
            try (AutoCloseable watch = pcm.runs().watch(run.id(), events::add)) {
                Runs.finish(pcm, run);
                Thread.sleep(300);
            }
            assertThat(events).isNotEmpty();
            assertThat(events.get(events.size() - 1).finished()).isTrue();
            assertThat(events.get(events.size() - 1).counts().get(InvocationState.SUCCESS)).isEqualTo(6);
            assertThat(events).extracting(RunEvent::sequence).isSorted();
            assertThat(events.stream().flatMap(e -> e.changes().stream())
                    .filter(c -> c.state() == InvocationState.SUCCESS).map(c -> c.target().targetId()).distinct())
                    .hasSize(6);
        }
    }

    @Test
    void outputGroups_showIdenticalOutputOnceWithItsCount() {
        StubProvider stub = StubProvider.builder().targets(10)
                .scenario((target, index, script) -> StubOutcome.success(index < 7 ? "kernel 6.1\n" : "kernel 5.10\n",
                        Duration.ZERO))
                .build();
        try (Pcmops pcm = TestLibraries.open(dir, stub)) {
            Run done = Runs.finish(pcm, Runs.start(pcm, "stub", "uname -r", RunOptions.defaults()));
            List<OutputGroup> groups = pcm.runs().outputGroups(done.id());
            assertThat(groups).extracting(OutputGroup::stdout, OutputGroup::targetCount)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("kernel 6.1\n", 7),
                            org.assertj.core.groups.Tuple.tuple("kernel 5.10\n", 3));
        }
    }

    @Test
    void invocations_ofLargeOutput_listPreviewButOutputIsWhole() {
        String big = "x".repeat(100_000) + "\n";
        StubProvider stub = StubProvider.builder().targets(1)
                .scenario((target, index, script) -> StubOutcome.success(big, Duration.ZERO)).build();
        try (Pcmops pcm = TestLibraries.open(dir, stub)) {
            Run done = Runs.finish(pcm, Runs.start(pcm, "stub", "big", RunOptions.defaults()));
            Invocation listed = Runs.invocations(pcm, done.id()).get(0);
            assertThat(listed.stdout()).hasSize(4096);
            assertThat(listed.stdoutBytes()).isEqualTo(100_001);
            assertThat(pcm.runs().output(done.id(), "stub-000001").stdout().text()).isEqualTo(big);
        }
    }

    @Test
    void completion_ofAFinishedRun_completesAtOnce() throws Exception {
        StubProvider stub = StubProvider.builder().targets(1).build();
        try (Pcmops pcm = TestLibraries.open(dir, stub)) {
            Run done = Runs.finish(pcm, Runs.start(pcm, "stub", "true", RunOptions.defaults()));
            assertThat(pcm.runs().completion(done.id()).get(5, TimeUnit.SECONDS).status())
                    .isEqualTo(RunStatus.SUCCEEDED);
        }
    }
}
