package io.pcmops.aws.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.aws.testkit.SimulatedInstance.Platform;
import io.pcmops.aws.testkit.SimulatedInstance.PingStatus;
import io.pcmops.aws.testkit.SimulatedInstance.State;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.model.Command;
import software.amazon.awssdk.services.ssm.model.CommandFilter;
import software.amazon.awssdk.services.ssm.model.InstanceInformationStringFilter;
import software.amazon.awssdk.services.ssm.model.InstanceInformation;
import software.amazon.awssdk.services.ssm.model.InvalidInstanceIdException;
import software.amazon.awssdk.services.ssm.model.SsmException;

class SsmFleetSimulatorQueryTest {

    private static final String ACCOUNT = "333333333333";
    private static final String KEY = "AKIAQUERY";
    private static final String REGION = "eu-west-1";

    @RegisterExtension
    static final SimulatorFixture SIM = SimulatorFixture.of(() -> SsmFleetSimulator.builder().timeScale(0.001)
            .visibilityDelay(Duration.ZERO).throttle("GetCommandInvocation", 0.001, 2)
            .accountResolver(key -> key.startsWith("ASIA") ? Optional.of("444444444444") : Optional.empty())
            .start(), KEY, REGION);
    private static List<String> linux;

    @BeforeAll
    static void registerFleet() {
        SIM.simulator().mapAccessKey(KEY, ACCOUNT);
        Behaviour ok = Behaviour.scripted(0, "ok", "", Duration.ZERO);
        linux = SIM.simulator().registerFleet(12, b -> b.account(ACCOUNT).region(REGION).behaviour(ok)).stream()
                .map(SimulatedInstance::instanceId).toList();
        SIM.simulator().registerFleet(3, b -> b.account(ACCOUNT).region(REGION).platform(Platform.WINDOWS));
        SIM.simulator().registerFleet(2, b -> b.account(ACCOUNT).region(REGION).pingStatus(PingStatus.CONNECTION_LOST));
        SIM.simulator().registerFleet(1, b -> b.account(ACCOUNT).region(REGION).state(State.STOPPED));
        SIM.simulator().registerFleet(1, b -> b.account(ACCOUNT).region(REGION).state(State.TERMINATED));
        SIM.simulator().registerFleet(1, b -> b.account(ACCOUNT).region(REGION).managed(false));
        SIM.simulator().registerFleet(1, b -> b.account(ACCOUNT).region("us-east-1"));
    }

    @Test
    void describeInstanceInformation_whenPaged_listsOnlyManagedRunningInstancesOfTheRegion() {
        List<InstanceInformation> collected = new java.util.ArrayList<>();
        SIM.ssm().describeInstanceInformationPaginator(r -> r.maxResults(5)).instanceInformationList()
                .subscribe(collected::add).join();

        assertThat(collected).hasSize(17);
        assertThat(SIM.ssm().describeInstanceInformation(r -> { }).join().instanceInformationList()).hasSize(10);
        assertThat(collected.get(0).lastPingDateTime()).isBeforeOrEqualTo(Instant.now());
    }

    @Test
    void describeInstanceInformation_whenFiltered_appliesEveryFilter() {
        assertThat(describe("PingStatus", "ConnectionLost")).hasSize(2);
        assertThat(describe("PlatformType", "Windows")).hasSize(3)
                .allSatisfy(i -> assertThat(i.platformTypeAsString()).isEqualTo("Windows"));
        assertThat(describe("InstanceIds", linux.get(0), linux.get(1))).extracting(InstanceInformation::instanceId)
                .containsExactly(linux.get(0), linux.get(1));
    }

    @Test
    void describeInstanceInformation_whenMaxResultsBelowFive_throwsValidation() {
        assertThatThrownBy(() -> SIM.ssm().describeInstanceInformation(r -> r.maxResults(4)).join())
                .cause().hasMessageContaining("maxResults");
    }

    @Test
    void listCommands_whenSearchingByComment_findsTheCommandClientSide() {
        Instant before = Instant.now().minusSeconds(1);
        for (String comment : List.of("pcmops run A", "pcmops run B", "pcmops run C")) {
            SIM.ssm().sendCommand(r -> r.documentName("AWS-RunShellScript").instanceIds(linux.get(0)).comment(comment)
                    .parameters(Map.of("commands", List.of("x")))).join();
        }

        List<Command> found = new java.util.ArrayList<>();
        SIM.ssm().listCommandsPaginator(r -> r.maxResults(1).filters(filter("InvokedAfter", before.toString()),
                        filter("DocumentName", "AWS-RunShellScript")))
                .commands().subscribe(c -> {
                    if (c.comment().equals("pcmops run B")) {
                        found.add(c);
                    }
                }).join();

        assertThat(found).hasSize(1);
        assertThat(found.get(0).instanceIds()).containsExactly(linux.get(0));
        assertThat(found.get(0).requestedDateTime()).isAfter(before);
        List<Command> newestFirst = SIM.ssm().listCommands(r -> r.maxResults(3)).join().commands();
        assertThat(newestFirst).extracting(Command::comment).startsWith("pcmops run C");
    }

    @Test
    void listCommands_whenCompleteFilter_showsLiveCounters() throws Exception {
        String commandId = SIM.ssm().sendCommand(r -> r.documentName("AWS-RunShellScript").instanceIds(linux.subList(2, 6))
                .parameters(Map.of("commands", List.of("x")))).join().command().commandId();
        SIM.simulator().awaitCompletion(commandId, Duration.ofSeconds(30));

        Command command = SIM.ssm().listCommands(r -> r.commandId(commandId)
                .filters(filter("ExecutionStage", "Complete"))).join().commands().get(0);

        assertThat(command.statusAsString()).isEqualTo("Success");
        assertThat(List.of(command.targetCount(), command.completedCount(), command.errorCount()))
                .containsExactly(4, 4, 0);
    }

    @Test
    void getCommandInvocation_whenThrottled_sdkSeesThrottling() {
        SdkServiceException last = null;
        for (int i = 0; i < 3 && last == null; i++) {
            try {
                SIM.ssm().getCommandInvocation(r -> r.commandId("00000000-0000-0000-0000-000000000000")
                        .instanceId(linux.get(0))).join();
            } catch (java.util.concurrent.CompletionException e) {
                SdkServiceException error = (SdkServiceException) e.getCause();
                last = error.isThrottlingException() ? error : null;
            }
        }

        assertThat(last).isNotNull();
        assertThat(last.statusCode()).isEqualTo(400);
        assertThat(((SsmException) last).awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
        assertThat(SIM.simulator().callCount("GetCommandInvocation")).isEqualTo(3);
    }

    @Test
    void sendCommand_whenOtherAccountOrRegion_doesNotSeeTheInstance() {
        try (SsmAsyncClient otherRegion = SdkTestClients.ssm(SIM.simulator().endpoint(), SIM.http(), KEY, "us-east-1", false);
                SsmAsyncClient otherAccount = SdkTestClients.ssm(SIM.simulator().endpoint(), SIM.http(), "ASIAASSUMED", REGION,
                        false)) {
            assertThatThrownBy(() -> otherRegion.sendCommand(r -> r.documentName("AWS-RunShellScript")
                    .instanceIds(linux.get(0)).parameters(Map.of("commands", List.of("x")))).join())
                    .cause().isInstanceOf(InvalidInstanceIdException.class).hasMessageContaining(ACCOUNT);
            assertThatThrownBy(() -> otherAccount.sendCommand(r -> r.documentName("AWS-RunShellScript")
                    .instanceIds(linux.get(0)).parameters(Map.of("commands", List.of("x")))).join())
                    .cause().isInstanceOf(InvalidInstanceIdException.class).hasMessageContaining("444444444444");
            assertThat(otherAccount.describeInstanceInformation(r -> { }).join().instanceInformationList()).isEmpty();
        }
    }

    private static CommandFilter filter(String key, String value) {
        return CommandFilter.builder().key(key).value(value).build();
    }

    private static List<InstanceInformation> describe(String key, String... values) {
        return SIM.ssm().describeInstanceInformation(r -> r.filters(InstanceInformationStringFilter.builder().key(key)
                .values(values).build())).join()
                .instanceInformationList();
    }
}
