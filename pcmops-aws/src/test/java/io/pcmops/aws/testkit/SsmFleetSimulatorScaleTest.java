package io.pcmops.aws.testkit;

import static io.pcmops.aws.testkit.SimulatorTestSupport.ACCESS_KEY;
import static io.pcmops.aws.testkit.SimulatorTestSupport.ACCOUNT;
import static io.pcmops.aws.testkit.SimulatorTestSupport.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;

class SsmFleetSimulatorScaleTest {

    @Test
    void sendCommand_whenFiveThousandScriptedInstances_completesWithoutProcesses() throws Exception {
        try (SsmFleetSimulator simulator = SimulatorTestSupport.fastSimulator();
                SdkAsyncHttpClient http = SdkTestClients.netty();
                SsmAsyncClient ssm = SdkTestClients.ssm(simulator.endpoint(), http, ACCESS_KEY, REGION, false)) {
            List<String> ids = simulator.registerFleet(5000, b -> b.account(ACCOUNT).region(REGION)
                    .behaviour(Behaviour.scripted(0, "ok", "", Duration.ofSeconds(5)))).stream()
                    .map(SimulatedInstance::instanceId).toList();

            List<CompletableFuture<String>> sends = new ArrayList<>();
            for (int from = 0; from < ids.size(); from += 50) {
                List<String> chunk = ids.subList(from, from + 50);
                sends.add(ssm.sendCommand(r -> r.documentName("AWS-RunShellScript").instanceIds(chunk)
                        .parameters(Map.of("commands", List.of("echo ok")))).thenApply(s -> s.command().commandId()));
            }
            for (CompletableFuture<String> send : sends) {
                assertThat(simulator.awaitCompletion(send.join(), Duration.ofSeconds(60))).isTrue();
            }

            assertThat(simulator.commands()).hasSize(100);
            assertThat(simulator.executions(ids.get(4999))).hasSize(1);
            assertThat(simulator.runningProcesses()).isZero();
        }
    }
}
