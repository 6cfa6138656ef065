package io.pcmops.aws.testkit;

import static io.pcmops.aws.testkit.SimulatorTestSupport.ACCOUNT;
import static io.pcmops.aws.testkit.SimulatorTestSupport.REGION;
import static io.pcmops.aws.testkit.SimulatorTestSupport.awaitTerminal;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.aws.testkit.SimulatedInstance.PingStatus;
import io.pcmops.aws.testkit.SimulatedInstance.State;
import io.pcmops.testkit.Waits;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ssm.model.Command;
import software.amazon.awssdk.services.ssm.model.GetCommandInvocationResponse;

class SsmFleetSimulatorLifecycleTest {

    @RegisterExtension
    static final SimulatorFixture SIM = SimulatorFixture.fast();

    @Test
    void run_whenScriptOutlivesExecutionTimeout_endsExecutionTimedOutWith137() {
        String id = register(b -> b);
        Command command = send(id, Map.of("commands", List.of("echo before", "sleep 30"),
                "executionTimeout", List.of("10")), 3600);

        GetCommandInvocationResponse result = awaitTerminal(SIM.ssm(), command.commandId(), id);

        assertThat(result.statusAsString()).isEqualTo("TimedOut");
        assertThat(result.statusDetails()).isEqualTo("ExecutionTimedOut");
        assertThat(result.responseCode()).isEqualTo(137);
        assertThat(commandAfter(command)).satisfies(c -> {
            assertThat(c.statusDetails()).isEqualTo("ExecutionTimedOut");
            assertThat(c.errorCount()).isEqualTo(1);
            assertThat(c.completedCount()).isEqualTo(1);
        });
        assertThat(SIM.simulator().runningProcesses()).isZero();
    }

    @Test
    void run_whenScriptLeavesBackgroundChild_killsTheWholeGroup() {
        String id = register(b -> b);
        Command command = send(id, Map.of("commands", List.of("sleep 45.25 &", "echo $HOME")), 3600);

        GetCommandInvocationResponse result = awaitTerminal(SIM.ssm(), command.commandId(), id);

        assertThat(result.statusAsString()).isEqualTo("Success");
        assertThat(result.standardOutputContent()).contains("pcmops-sim-" + id);
        Waits.until(() -> ProcessHandle.allProcesses().map(p -> p.info().commandLine().orElse(""))
                .noneMatch(line -> line.contains("sleep 45.25")));
    }

    @Test
    void run_whenInstanceOffline_endsUndeliverable() {
        String id = register(b -> b.pingStatus(PingStatus.CONNECTION_LOST));
        Command command = send(id, Map.of("commands", List.of("true")));

        GetCommandInvocationResponse result = awaitTerminal(SIM.ssm(), command.commandId(), id);

        assertThat(result.statusAsString()).isEqualTo("Failed");
        assertThat(result.statusDetails()).isEqualTo("Undeliverable");
        assertThat(result.responseCode()).isEqualTo(-1);
        assertThat(commandAfter(command)).satisfies(c -> {
            assertThat(c.statusAsString()).isEqualTo("Failed");
            assertThat(c.errorCount()).isZero();
        });
        assertThat(SIM.simulator().executions(id)).isEmpty();
    }

    @Test
    void run_whenInstanceStopped_isDelayedThenDeliveryTimedOut() {
        String id = register(b -> b.state(State.STOPPED));
        Command command = send(id, Map.of("commands", List.of("true"), "executionTimeout", List.of("5")));

        GetCommandInvocationResponse result = awaitTerminal(SIM.ssm(), command.commandId(), id);

        assertThat(result.statusAsString()).isEqualTo("TimedOut");
        assertThat(result.statusDetails()).isEqualTo("DeliveryTimedOut");
        assertThat(result.responseCode()).isEqualTo(-1);
        assertThat(commandAfter(command)).satisfies(c -> {
            assertThat(c.statusDetails()).isEqualTo("DeliveryTimedOut");
            assertThat(c.deliveryTimedOutCount()).isEqualTo(1);
            assertThat(c.errorCount()).isZero();
        });
    }

    @Test
    void run_whenStoppedInstanceStarts_runsTheScript() {
        String id = register(b -> b.state(State.STOPPED));
        Command command = send(id, Map.of("commands", List.of("echo late")), 3600);
        awaitStatus(command.commandId(), id, "Delayed");

        SIM.simulator().update(id, b -> b.state(State.RUNNING));

        assertThat(awaitTerminal(SIM.ssm(), command.commandId(), id).standardOutputContent()).isEqualTo("late\n");
    }

    @Test
    void run_whenAgentHangs_staysInProgressUntilExpiresAfter() {
        String id = register(b -> b.behaviour(Behaviour.agentHang()));
        Command command = send(id, Map.of("commands", List.of("true"), "executionTimeout", List.of("5")));

        GetCommandInvocationResponse result = awaitTerminal(SIM.ssm(), command.commandId(), id);

        assertThat(result.statusDetails()).isEqualTo("DeliveryTimedOut");
        assertThat(SIM.simulator().executions(id)).hasSize(1);
    }

    @Test
    void cancelCommand_whenScriptRunning_killsItAndEndsCancelled() {
        String id = register(b -> b);
        Command command = send(id, Map.of("commands", List.of("echo started", "sleep 60"),
                "executionTimeout", List.of("172800")), 3600);
        awaitStatus(command.commandId(), id, "InProgress");

        SIM.ssm().cancelCommand(r -> r.commandId(command.commandId())).join();

        GetCommandInvocationResponse result = awaitTerminal(SIM.ssm(), command.commandId(), id);
        assertThat(result.statusAsString()).isEqualTo("Cancelled");
        assertThat(result.responseCode()).isEqualTo(137);
        assertThat(commandAfter(command).statusAsString()).isEqualTo("Cancelled");
        assertThat(SIM.simulator().runningProcesses()).isZero();
    }

    @Test
    void cancelCommand_whenCommandAlreadyFinished_leavesItAsItWas() {
        String id = register(b -> b.behaviour(Behaviour.scripted(0, "done", "", Duration.ZERO)));
        Command command = send(id, Map.of("commands", List.of("x")), 3600);
        assertThat(awaitTerminal(SIM.ssm(), command.commandId(), id).statusAsString()).isEqualTo("Success");

        SIM.ssm().cancelCommand(r -> r.commandId(command.commandId())).join();

        assertThat(commandAfter(command)).satisfies(c -> {
            assertThat(c.statusAsString()).isEqualTo("Success");
            assertThat(c.statusDetails()).isEqualTo("Success");
        });
        assertThat(awaitTerminal(SIM.ssm(), command.commandId(), id).statusAsString()).isEqualTo("Success");
    }

    @Test
    void cancelCommand_whenOneInstanceGiven_cancelsOnlyThatInvocation() {
        String slow = register(b -> b.behaviour(Behaviour.scripted(0, "", "", Duration.ofHours(24))));
        String fast = register(b -> b.behaviour(Behaviour.scripted(0, "ok", "", Duration.ZERO)));
        Command command = SIM.ssm().sendCommand(r -> r.documentName("AWS-RunShellScript").instanceIds(slow, fast)
                .parameters(Map.of("commands", List.of("x"), "executionTimeout", List.of("172800")))).join().command();
        awaitStatus(command.commandId(), slow, "InProgress");

        SIM.ssm().cancelCommand(r -> r.commandId(command.commandId()).instanceIds(slow)).join();

        assertThat(awaitTerminal(SIM.ssm(), command.commandId(), slow).statusAsString()).isEqualTo("Cancelled");
        assertThat(awaitTerminal(SIM.ssm(), command.commandId(), slow).responseCode()).isEqualTo(137);
        assertThat(awaitTerminal(SIM.ssm(), command.commandId(), fast).statusAsString()).isEqualTo("Success");
    }

    private void awaitStatus(String commandId, String instanceId, String status) {
        for (int i = 0; i < 3000; i++) {
            var page = SIM.ssm().listCommandInvocations(r -> r.commandId(commandId).instanceId(instanceId)).join();
            if (!page.commandInvocations().isEmpty()
                    && page.commandInvocations().get(0).statusAsString().equals(status)) {
                return;
            }
            SimulatorTestSupport.sleep(10);
        }
        throw new AssertionError(instanceId + " never became " + status);
    }

    private static Command commandAfter(Command sent) {
        return SIM.ssm().listCommands(r -> r.commandId(sent.commandId())).join().commands().get(0);
    }

    /** Sends with TimeoutSeconds 30 (30 ms real): delivery times out quickly. */
    private static Command send(String id, Map<String, List<String>> parameters) {
        return send(id, parameters, 30);
    }

    private static Command send(String id, Map<String, List<String>> parameters, int timeoutSeconds) {
        return SIM.ssm().sendCommand(r -> r.documentName("AWS-RunShellScript").instanceIds(id)
                .timeoutSeconds(timeoutSeconds).parameters(parameters)).join().command();
    }

    private static String register(java.util.function.UnaryOperator<SimulatedInstance.Builder> template) {
        return SIM.simulator().registerFleet(1, b -> template.apply(b.account(ACCOUNT).region(REGION))).get(0)
                .instanceId();
    }
}
