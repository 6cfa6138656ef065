package io.pcmops.aws.testkit;

import static io.pcmops.aws.testkit.SimulatorTestSupport.ACCESS_KEY;
import static io.pcmops.aws.testkit.SimulatorTestSupport.ACCOUNT;
import static io.pcmops.aws.testkit.SimulatorTestSupport.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.aws.testkit.SimulatedInstance.Platform;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.model.GetCommandInvocationResponse;

class PowerShellEmulationTest {

    @Test
    void run_whenWriteOutputAndExit_printsWithCrLfAndReturnsCode() {
        ScriptOutcome outcome = PowerShellEmulation.run(List.of("# greet", "Write-Output \"Hi $env:WHO\"",
                "echo 'as $env:WHO is'", "exit 4", "Write-Output never"), Map.of("WHO", "you"));

        assertThat(outcome.stdoutText()).isEqualTo("Hi you\r\nas $env:WHO is\r\n");
        assertThat(outcome.exitCode()).isEqualTo(4);
    }

    @Test
    void run_whenUnknownCommand_writesErrorAndExitsOne() {
        ScriptOutcome outcome = PowerShellEmulation.run(List.of("Get-Thing -Name x"), Map.of());

        assertThat(outcome.stderrText()).startsWith("Get-Thing : The term 'Get-Thing' is not recognized");
        assertThat(outcome.exitCode()).isEqualTo(1);
    }

    @Test
    void sendCommand_whenWindowsRunsPowerShell_reportsPowerShellPlugin() {
        org.junit.jupiter.api.Assumptions.assumeFalse(RealScriptBehaviour.pwshAvailable(), "pwsh installed");
        try (SsmFleetSimulator simulator = SimulatorTestSupport.fastSimulator();
                SdkAsyncHttpClient http = SdkTestClients.netty();
                SsmAsyncClient ssm = SdkTestClients.ssm(simulator.endpoint(), http, ACCESS_KEY, REGION, false)) {
            String id = simulator.registerFleet(1, b -> b.account(ACCOUNT).region(REGION).platform(Platform.WINDOWS))
                    .get(0).instanceId();
            String commandId = ssm.sendCommand(r -> r.documentName("AWS-RunPowerShellScript").instanceIds(id)
                    .parameters(Map.of("commands", List.of("Write-Output \"on $env:AWS_SSM_INSTANCE_ID\"",
                            "exit 0")))).join().command().commandId();

            GetCommandInvocationResponse result = SimulatorTestSupport.awaitTerminal(ssm, commandId, id);

            assertThat(result.statusAsString()).isEqualTo("Success");
            assertThat(result.pluginName()).isEqualTo("aws:runPowerShellScript");
            assertThat(result.standardOutputContent()).isEqualTo("on " + id + "\r\n");
        }
    }
}
