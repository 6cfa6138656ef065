package io.pcmops.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.Pcmops;
import io.pcmops.model.Invocation;
import io.pcmops.model.InvocationState;
import io.pcmops.model.Run;
import io.pcmops.model.RunStatus;
import io.pcmops.stub.StubOutcome;
import io.pcmops.stub.StubProvider;
import io.pcmops.testkit.Runs;
import io.pcmops.testkit.TestLibraries;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLimitsTest {

    @TempDir
    Path dir;

    @Test
    void start_withConcurrencyLimit_neverRunsMoreTargetsAtOnce() {
        StubProvider stub = StubProvider.builder().targets(60).accounts(3).latency(Duration.ofMillis(40)).build();
        try (Pcmops pcm = TestLibraries.open(dir, stub)) {
            Run done = Runs.finish(pcm, Runs.start(pcm, "stub", "echo hi", Runs.options("7", "0")));
            assertThat(done.status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(stub.stats().maxRunning()).isEqualTo(7);
            assertThat(stub.stats().targetsSent()).isEqualTo(60);
        }
    }

    @Test
    void start_withPercentConcurrency_usesShareOfTargets() {
        StubProvider stub = StubProvider.builder().targets(40).latency(Duration.ofMillis(30)).build();
        try (Pcmops pcm = TestLibraries.open(dir, stub)) {
            Runs.finish(pcm, Runs.start(pcm, "stub", "echo hi", Runs.options("25%", "0")));
            assertThat(stub.stats().maxRunning()).isEqualTo(10);
        }
    }

    @Test
    void start_whenErrorBudgetIsSpent_stopsDispatchAtTheNextFailure() {
        StubProvider stub = StubProvider.builder().targets(20).failEvery(1).latency(Duration.ofMillis(5)).build();
        try (Pcmops pcm = TestLibraries.open(dir, stub)) {
            Run done = Runs.finish(pcm, Runs.start(pcm, "stub", "false", Runs.options("1", "2")));
            assertThat(done.status()).isEqualTo(RunStatus.COMPLETED_WITH_FAILURES);
            assertThat(done.count(InvocationState.FAILED)).isEqualTo(3);
            assertThat(done.count(InvocationState.NOT_EXECUTED)).isEqualTo(17);
            assertThat(stub.stats().targetsSent()).isEqualTo(3);
            List<Invocation> invocations = Runs.invocations(pcm, done.id());
            assertThat(invocations).filteredOn(i -> i.state() == InvocationState.NOT_EXECUTED)
                    .allSatisfy(i -> assertThat(i.reason()).startsWith("error budget spent"));
        }
    }

    @Test
    void start_withBudgetAcrossAccounts_countsFailuresOfTheWholeRun() {
        StubProvider stub = StubProvider.builder().targets(30).accounts(3)
                .scenario((target, index, script) -> index % 3 == 0
                        ? StubOutcome.failure(2, "boom\n", Duration.ofMillis(5))
                        : StubOutcome.success("ok\n", Duration.ofMillis(5)))
                .build();
        try (Pcmops pcm = TestLibraries.open(dir, stub)) {
            Run done = Runs.finish(pcm, Runs.start(pcm, "stub", "x", Runs.options("1", "3")));
            assertThat(done.count(InvocationState.FAILED)).isEqualTo(4);
            assertThat(done.count(InvocationState.SUCCESS) + done.count(InvocationState.FAILED))
                    .isEqualTo(stub.stats().targetsSent());
        }
    }

    @Test
    void start_withUnreachableAndWindowsTargets_settlesThemNotExecutedBeforeSending() {
        StubProvider stub = StubProvider.builder().targets(10).offlineEvery(5).windowsEvery(3).build();
        try (Pcmops pcm = TestLibraries.open(dir, stub)) {
            Run done = Runs.finish(pcm, Runs.start(pcm, "stub", "uname", Runs.options("50", "10")));
            List<Invocation> invocations = Runs.invocations(pcm, done.id());
            assertThat(invocations).filteredOn(i -> i.target().targetId().equals("stub-000005")).singleElement()
                    .satisfies(i -> assertThat(i.reason()).isEqualTo("unreachable: the agent is offline"));
            assertThat(invocations).filteredOn(i -> i.target().targetId().equals("stub-000003")).singleElement()
                    .satisfies(i -> assertThat(i.reason()).startsWith("platform mismatch"));
            assertThat(done.count(InvocationState.NOT_EXECUTED)).isEqualTo(5);
            assertThat(stub.stats().targetsSent()).isEqualTo(5);
        }
    }
}
