package io.pcmops.aws;

import static io.pcmops.aws.RunSupport.FAST;
import static io.pcmops.aws.RunSupport.invocations;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.Pcmops;
import io.pcmops.aws.testkit.AwsTestEnvironment;
import io.pcmops.aws.testkit.FaultProxy;
import io.pcmops.aws.testkit.ReceivedCommand;
import io.pcmops.model.InvocationState;
import io.pcmops.model.Run;
import io.pcmops.model.RunStatus;
import io.pcmops.model.Selector;
import io.pcmops.testkit.Waits;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The process dies after a unit was stored {@code DISPATCHING} and before its SSM command id was stored: the first
 * library's SendCommand is left unanswered by the fault proxy (after or before SSM got it), the library is closed, and
 * a second library on the same data directory resumes the run once the lease is free.
 */
class AwsProviderDispatchRecoveryTest {

    private static final Duration LEASE = Duration.ofSeconds(2);

    @TempDir
    static Path dir;

    @AutoClose
    private static AwsTestEnvironment env;

    @BeforeAll
    static void start() {
        env = AwsTestEnvironment.oneAccount(dir.resolve("setup")).start();
    }

    @AfterEach
    void clearFaults() {
        env.ssmProxy().reset();
    }

    @Test
    void resume_whenSendCommandAnswerWasLost_findsTheCommandByItsCommentAndNeverSendsItAgain() throws Exception {
        Crash crash = crashWhileDispatching("answer-lost", FaultProxy.Stall.AFTER_UPSTREAM,
                sends -> env.simulator().callCount("SendCommand") == sends + 1);
        ReceivedCommand sent = env.simulator().commands().getLast();

        try (Pcmops second = env.openLibrary(crash.data(), b -> b.lease(LEASE), false)) {
            Run done = RunSupport.finish(second, crash.run());

            assertThat(done.status()).as("invocations: %s", invocations(second, done.id()).values().stream()
                    .map(i -> i.state() + "/" + i.reason()).toList()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(invocations(second, done.id()).values()).hasSize(3).allSatisfy(i -> {
                assertThat(i.state()).isEqualTo(InvocationState.SUCCESS);
                assertThat(i.providerRef()).isEqualTo(sent.commandId());
                assertThat(i.stdout()).isEqualTo("ok\n");
            });
            assertThat(sent.comment()).isEqualTo("pcmops:" + done.id() + ":1");
            assertThat(env.simulator().callCount("SendCommand") - crash.sends()).isEqualTo(1);
            assertThat(env.simulator().callCount("ListCommands")).isGreaterThan(crash.lookUps());
        }
    }

    @Test
    void resume_whenSendCommandNeverReachedSsm_looksItUpThenSendsItOnce() throws Exception {
        Crash crash = crashWhileDispatching("never-sent", FaultProxy.Stall.BEFORE_UPSTREAM,
                sends -> env.ssmProxy().requestCount("ssm", "SendCommand") == 1);
        assertThat(env.simulator().callCount("SendCommand")).isEqualTo(crash.sends());

        try (Pcmops second = env.openLibrary(crash.data(), b -> b.lease(LEASE), false)) {
            Run done = RunSupport.finish(second, crash.run());

            assertThat(done.status()).as("invocations: %s", invocations(second, done.id()).values().stream()
                    .map(i -> i.state() + "/" + i.reason()).toList()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(done.count(InvocationState.SUCCESS)).isEqualTo(3);
            assertThat(env.simulator().callCount("SendCommand") - crash.sends()).isEqualTo(1);
            assertThat(env.simulator().callCount("ListCommands")).isGreaterThan(crash.lookUps());
            assertThat(env.simulator().commands().getLast().comment()).startsWith("pcmops:" + done.id() + ":");
        }
    }

    /** A library that died while dispatching: its data directory, its run, and the simulator's counts before. */
    private record Crash(Path data, Run run, long sends, long lookUps) {
    }

    /**
     * Starts a run whose SendCommand the SSM proxy leaves unanswered, waits until {@code sendSeen} (given the
     * simulator's SendCommand count before), closes the library as a crash would leave it (the unit stored
     * DISPATCHING, no command id) and lets the proxy go.
     */
    private static Crash crashWhileDispatching(String name, FaultProxy.Stall stall, LongPredicate sendSeen)
            throws Exception {
        Path data = dir.resolve(name);
        long sends = env.simulator().callCount("SendCommand");
        long lookUps = env.simulator().callCount("ListCommands");
        env.ssmProxy().reset();
        env.ssmProxy().stall("SendCommand", stall);
        Pcmops first = env.openLibrary(data, b -> b.lease(LEASE), true);
        Run started;
        try {
            started = RunSupport.start(first, Selector.builder().provider("aws")
                    .ids(env.instancesOf(env.members().get(0))).build(), "echo hi", FAST);
            Waits.until(() -> sendSeen.test(sends));
        } finally {
            first.close();
            env.ssmProxy().reset();
        }
        assertThat(unitStates(data, started.id())).containsExactly("DISPATCHING");
        return new Crash(data, started, sends, lookUps);
    }

    private static List<String> unitStates(Path data, String runId) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("pcmops.db"));
             PreparedStatement query = c.prepareStatement("SELECT state FROM units WHERE run_id = ? ORDER BY unit_id")) {
            query.setString(1, runId);
            List<String> states = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    states.add(rows.getString(1));
                }
            }
            return states;
        }
    }
}
