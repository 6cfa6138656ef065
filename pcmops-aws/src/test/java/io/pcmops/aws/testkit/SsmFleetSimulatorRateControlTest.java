package io.pcmops.aws.testkit;

import static io.pcmops.aws.testkit.SimulatorTestSupport.ACCESS_KEY;
import static io.pcmops.aws.testkit.SimulatorTestSupport.ACCOUNT;
import static io.pcmops.aws.testkit.SimulatorTestSupport.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.model.Command;
import software.amazon.awssdk.services.ssm.model.CommandInvocation;

class SsmFleetSimulatorRateControlTest {

    @RegisterExtension
    static final SimulatorFixture SIM = SimulatorFixture.fast();

    @Test
    void sendCommand_whenFirstOfThreeFailsWithMaxErrorsZero_terminatesTheRest() throws Exception {
        List<String> ids = fleet(3, Behaviour.scripted((instance, commands) -> new Behaviour.ScriptedResult(3, "",
                "boom", Duration.ZERO)));
        String commandId = send(ids, "1", "0");

        assertThat(SIM.simulator().awaitCompletion(commandId, Duration.ofSeconds(30))).isTrue();
        SimulatorTestSupport.awaitVisible(SIM.ssm(), commandId);

        List<CommandInvocation> invocations = SIM.ssm().listCommandInvocations(r -> r.commandId(commandId)).join()
                .commandInvocations();
        assertThat(invocations).extracting(CommandInvocation::statusDetails)
                .containsExactly("Failed", "Terminated", "Terminated");
        assertThat(invocations.get(1).statusAsString()).isEqualTo("Failed");
        Command command = SIM.ssm().listCommands(r -> r.commandId(commandId)).join().commands().get(0);
        assertThat(command.statusAsString()).isEqualTo("Failed");
        assertThat(List.of(command.targetCount(), command.completedCount(), command.errorCount(),
                command.deliveryTimedOutCount())).containsExactly(3, 3, 1, 0);
        assertThat(SIM.simulator().executions(ids.get(1))).isEmpty();
    }

    @Test
    void sendCommand_whenMaxConcurrencyThree_neverRunsMoreThanThree() throws Exception {
        List<String> ids = fleet(20, Behaviour.scripted(0, "ok", "", Duration.ofSeconds(30)));

        String commandId = send(ids, "3", "0");

        assertThat(SIM.simulator().awaitCompletion(commandId, Duration.ofSeconds(30))).isTrue();
        assertThat(SIM.simulator().maxConcurrentInvocations(commandId)).isEqualTo(3);
        assertThat(SIM.ssm().listCommands(r -> r.commandId(commandId)).join().commands().get(0).statusAsString())
                .isEqualTo("Success");
    }

    @Test
    void sendCommand_whenMaxConcurrencyIsPercent_flooredWithMinimumOne() throws Exception {
        List<String> ids = fleet(8, Behaviour.scripted(0, "ok", "", Duration.ofSeconds(30)));

        String commandId = send(ids, "10%", "0");

        assertThat(SIM.simulator().awaitCompletion(commandId, Duration.ofSeconds(30))).isTrue();
        assertThat(SIM.simulator().maxConcurrentInvocations(commandId)).isEqualTo(1);
    }

    @Test
    void sendCommand_whenErrorsWithinMaxErrors_sendsToEveryoneAndFails() throws Exception {
        List<String> ids = fleet(4, Behaviour.scripted((instance, commands) -> new Behaviour.ScriptedResult(
                instance.instanceId().endsWith("1") ? 0 : 1, "", "", Duration.ZERO)));

        String commandId = send(ids, "1", "5");

        assertThat(SIM.simulator().awaitCompletion(commandId, Duration.ofSeconds(30))).isTrue();
        Command command = SIM.ssm().listCommands(r -> r.commandId(commandId)).join().commands().get(0);
        assertThat(command.statusDetails()).isIn("Incomplete", "Success");
        assertThat(ids).allSatisfy(id -> assertThat(SIM.simulator().executions(id)).hasSize(1));
    }

    @Test
    void sendCommand_whenRampUp_startsWithOneAndStaysWithinMaxConcurrency() throws Exception {
        try (SsmFleetSimulator ramping = SsmFleetSimulator.builder().timeScale(0.001).rampUp(true).start();
                SsmAsyncClient client = SdkTestClients.ssm(ramping.endpoint(), SIM.http(), ACCESS_KEY, REGION, false)) {
            ramping.mapAccessKey(ACCESS_KEY, ACCOUNT);
            List<String> ids = ramping.registerFleet(30, b -> b.account(ACCOUNT).region(REGION)
                    .behaviour(Behaviour.scripted(0, "", "", Duration.ofSeconds(20)))).stream()
                    .map(SimulatedInstance::instanceId).toList();
            String commandId = client.sendCommand(r -> r.documentName("AWS-RunShellScript").instanceIds(ids)
                    .maxConcurrency("8").parameters(Map.of("commands", List.of("x")))).join().command().commandId();

            assertThat(ramping.awaitCompletion(commandId, Duration.ofSeconds(30))).isTrue();
            assertThat(ramping.maxConcurrentInvocations(commandId)).isBetween(2, 8);
        }
    }

    private static String send(List<String> ids, String maxConcurrency, String maxErrors) {
        return SIM.ssm().sendCommand(r -> r.documentName("AWS-RunShellScript").instanceIds(ids)
                .maxConcurrency(maxConcurrency).maxErrors(maxErrors)
                .parameters(Map.of("commands", List.of("x")))).join().command().commandId();
    }

    private static List<String> fleet(int size, Behaviour behaviour) {
        return SIM.simulator().registerFleet(size, b -> b.account(ACCOUNT).region(REGION).behaviour(behaviour)).stream()
                .map(SimulatedInstance::instanceId).toList();
    }
}
