package io.pcmops.aws.testkit;

import static io.pcmops.aws.testkit.SimulatorTestSupport.ACCESS_KEY;
import static io.pcmops.aws.testkit.SimulatorTestSupport.ACCOUNT;
import static io.pcmops.aws.testkit.SimulatorTestSupport.REGION;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.aws.testkit.SimulatedInstance.Platform;
import io.pcmops.model.ScriptLanguage;
import io.pcmops.spi.PreparedScript;
import io.pcmops.spi.ScriptRendering;
import java.util.Base64;
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
    void run_whenSingleQuotedLiteralHoldsTypographicQuotes_readsThemAsPowerShellDoes() {
        ScriptOutcome outcome = PowerShellEmulation.run(List.of("Write-Output 'it''s ‘’ ok ‛‚'"), Map.of());

        assertThat(outcome.stdoutText()).isEqualTo("it's ’ ok ‚\r\n");
    }

    @Test
    void run_whenALiteralEndsBeforeItsLine_runsNothingAndFailsToParse() {
        ScriptOutcome outcome = PowerShellEmulation.run(List.of("Write-Output first", "$env:V = 'it''s ‘quoted’'",
                "Write-Output $env:V"), Map.of());

        assertThat(outcome.stdoutText()).isEmpty();
        assertThat(outcome.stderrText()).startsWith("ParserError");
        assertThat(outcome.exitCode()).isEqualTo(1);
    }

    @Test
    void run_ofTheLibrarysRendering_keepsAValueWithTypographicQuotesWhole() {
        String value = "it's ‘quoted’ ‚low‛ {{ssm:/x}}";
        String text = ScriptRendering.powerShell(new PreparedScript(ScriptLanguage.POWERSHELL, "Write-Output $env:V",
                Map.of("V", value), "0".repeat(64)));

        assertThat(PowerShellEmulation.run(List.of(text), Map.of()).stdoutText()).isEqualTo(value + "\r\n");
    }

    @Test
    void run_whenDecodedBlockExits_endsTheWholeScript() {
        String decode = "[System.Text.Encoding]::UTF8.GetString([System.Convert]::FromBase64String('%s'))";
        String block = Base64.getEncoder().encodeToString("Write-Output $env:V\nexit 5".getBytes(UTF_8));
        String value = Base64.getEncoder().encodeToString("‘x’".getBytes(UTF_8));

        ScriptOutcome outcome = PowerShellEmulation.run(List.of("$env:V = " + decode.formatted(value),
                "& ([ScriptBlock]::Create(" + decode.formatted(block) + "))", "Write-Output never"), Map.of());

        assertThat(outcome.stdoutText()).isEqualTo("‘x’\r\n");
        assertThat(outcome.exitCode()).isEqualTo(5);
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
