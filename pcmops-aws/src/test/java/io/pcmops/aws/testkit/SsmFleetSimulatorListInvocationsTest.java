package io.pcmops.aws.testkit;

import static io.pcmops.aws.testkit.SimulatorTestSupport.ACCESS_KEY;
import static io.pcmops.aws.testkit.SimulatorTestSupport.ACCOUNT;
import static io.pcmops.aws.testkit.SimulatorTestSupport.REGION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.model.CommandFilter;
import software.amazon.awssdk.services.ssm.model.CommandInvocation;
import software.amazon.awssdk.services.ssm.model.CommandPlugin;
import software.amazon.awssdk.services.ssm.model.InvocationDoesNotExistException;
import software.amazon.awssdk.services.ssm.model.ListCommandInvocationsResponse;

class SsmFleetSimulatorListInvocationsTest {

    private static final Behaviour EXIT_2_ON_7 = Behaviour.scripted((instance, commands) ->
            new Behaviour.ScriptedResult(instance.instanceId().endsWith("7") ? 2 : 0, "out " + instance.instanceId(),
                    "", Duration.ZERO));

    @RegisterExtension
    static final SimulatorFixture SIM = SimulatorFixture.fast();
    private static List<String> fleet;

    @BeforeAll
    static void registerFleet() {
        fleet = SIM.simulator().registerFleet(20, b -> b.account(ACCOUNT).region(REGION).behaviour(EXIT_2_ON_7))
                .stream().map(SimulatedInstance::instanceId).toList();
    }

    @Test
    void listCommandInvocations_whenDetailsOverManyCommands_pagesFiftyAtATime() throws Exception {
        SIM.simulator().mapAccessKey("AKIAPAGING", "222222222222");
        List<String> fleet = SIM.simulator().registerFleet(120, b -> b.account("222222222222").region(REGION)
                .behaviour(EXIT_2_ON_7)).stream().map(SimulatedInstance::instanceId).toList();
        SsmAsyncClient paging = SdkTestClients.ssm(SIM.simulator().endpoint(), SIM.http(), "AKIAPAGING", REGION, false);
        List<String> commandIds = new ArrayList<>();
        for (int from = 0; from < 120; from += 50) {
            List<String> chunk = fleet.subList(from, Math.min(120, from + 50));
            commandIds.add(paging.sendCommand(r -> r.documentName("AWS-RunShellScript").instanceIds(chunk)
                    .maxErrors("100%").parameters(Map.of("commands", List.of("x")))).join().command().commandId());
        }
        for (String id : commandIds) {
            assertThat(SIM.simulator().awaitCompletion(id, Duration.ofSeconds(30))).isTrue();
            SimulatorTestSupport.awaitVisible(paging, id);
        }

        List<ListCommandInvocationsResponse> pages = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            ListCommandInvocationsResponse page = paging.listCommandInvocations(r -> r.details(true).maxResults(50)
                    .nextToken(next)).join();
            pages.add(page);
            token = page.nextToken();
        } while (token != null);

        List<CommandInvocation> all = pages.stream().flatMap(p -> p.commandInvocations().stream()).toList();
        assertThat(pages).hasSize(3);
        assertThat(all).hasSize(120);
        assertThat(all).extracting(CommandInvocation::instanceId).containsExactlyInAnyOrderElementsOf(fleet);
        CommandInvocation failed = all.stream().filter(i -> i.instanceId().endsWith("7")).findFirst().orElseThrow();
        CommandPlugin plugin = failed.commandPlugins().get(0);
        assertThat(failed.statusAsString()).isEqualTo("Failed");
        assertThat(plugin.name()).isEqualTo("aws:runShellScript");
        assertThat(plugin.responseCode()).isEqualTo(2);
        assertThat(plugin.output()).isEqualTo("out " + failed.instanceId());
        assertThat(plugin.responseStartDateTime()).isBeforeOrEqualTo(plugin.responseFinishDateTime());
        assertThat(plugin.outputS3KeyPrefix()).endsWith(failed.instanceId() + "/awsrunShellScript");
        paging.close();
    }

    @Test
    void listCommandInvocations_whenFilteredByStatus_returnsOnlyMatches() throws Exception {
        String commandId = SIM.ssm().sendCommand(r -> r.documentName("AWS-RunShellScript").instanceIds(fleet.subList(0, 20))
                .maxErrors("100%").parameters(Map.of("commands", List.of("x")))).join().command().commandId();
        assertThat(SIM.simulator().awaitCompletion(commandId, Duration.ofSeconds(30))).isTrue();
        SimulatorTestSupport.awaitVisible(SIM.ssm(), commandId);

        List<CommandInvocation> failed = SIM.ssm().listCommandInvocations(r -> r.commandId(commandId)
                .filters(CommandFilter.builder().key("Status").value("Failed").build())).join().commandInvocations();

        assertThat(failed).isNotEmpty().allSatisfy(i -> assertThat(i.instanceId()).endsWith("7"));
        assertThat(failed).allSatisfy(i -> assertThat(i.commandPlugins()).isEmpty());
    }

    @Test
    void listCommandInvocations_whenNextTokenForged_throwsInvalidNextToken() {
        assertThatThrownBy(() -> SIM.ssm().listCommandInvocations(r -> r.nextToken("garbage")).join())
                .cause().hasMessageContaining("token");
    }

    @Test
    void getCommandInvocation_rightAfterSend_throwsInvocationDoesNotExistUntilVisible() {
        try (SsmFleetSimulator slow = SsmFleetSimulator.builder().timeScale(0.001)
                .visibilityDelay(Duration.ofSeconds(1500)).start();
                SsmAsyncClient client = SdkTestClients.ssm(slow.endpoint(), SIM.http(), ACCESS_KEY, REGION, false)) {
            slow.mapAccessKey(ACCESS_KEY, ACCOUNT);
            String id = slow.registerFleet(1, b -> b.account(ACCOUNT).region(REGION)
                    .behaviour(Behaviour.scripted(0, "", "", Duration.ZERO))).get(0).instanceId();
            String commandId = client.sendCommand(r -> r.documentName("AWS-RunShellScript").instanceIds(id)
                    .parameters(Map.of("commands", List.of("x")))).join().command().commandId();

            assertThatThrownBy(() -> client.getCommandInvocation(r -> r.commandId(commandId).instanceId(id)).join())
                    .cause().isInstanceOf(InvocationDoesNotExistException.class);
            assertThat(client.listCommandInvocations(r -> r.commandId(commandId)).join().commandInvocations())
                    .isEmpty();
            assertThat(SimulatorTestSupport.awaitTerminal(client, commandId, id).statusAsString())
                    .isEqualTo("Success");
        }
    }
}
