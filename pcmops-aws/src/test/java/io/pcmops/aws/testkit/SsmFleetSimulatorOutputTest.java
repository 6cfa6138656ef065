package io.pcmops.aws.testkit;

import static io.pcmops.aws.testkit.SimulatorTestSupport.ACCESS_KEY;
import static io.pcmops.aws.testkit.SimulatorTestSupport.ACCOUNT;
import static io.pcmops.aws.testkit.SimulatorTestSupport.REGION;
import static io.pcmops.aws.testkit.SimulatorTestSupport.awaitTerminal;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.model.Command;
import software.amazon.awssdk.services.ssm.model.CommandPlugin;
import software.amazon.awssdk.services.ssm.model.GetCommandInvocationResponse;
import software.amazon.awssdk.services.ssm.model.InvalidOutputFolderException;

class SsmFleetSimulatorOutputTest {

    private static final String MARKER = "--output truncated--";

    @RegisterExtension
    static final SimulatorFixture SIM = SimulatorFixture.fast();

    @Test
    void getCommandInvocation_whenOutputLarge_cutsStdoutAt24000WithMarkerAndStderrAt8000Without() {
        String id = linux();
        Command command = send(id, "head -c 30000 /dev/zero | tr '\\0' a", "head -c 9000 /dev/zero | tr '\\0' b >&2");

        GetCommandInvocationResponse result = awaitTerminal(SIM.ssm(), command.commandId(), id);

        assertThat(result.standardOutputContent()).hasSize(24_000)
                .isEqualTo("a".repeat(23_980) + MARKER);
        assertThat(result.standardErrorContent()).isEqualTo("b".repeat(8_000));
        CommandPlugin plugin = plugin(command.commandId(), id);
        assertThat(plugin.output()).hasSize(2_500)
                .isEqualTo("a".repeat(1_215) + "\n---Output truncated---" + "\n----------ERROR-------\n"
                        + "b".repeat(1_215) + "\n---Error truncated----");
    }

    @Test
    void getCommandInvocation_whenOutputJustBelowLimits_keepsItWhole() {
        String id = scripted("c".repeat(23_999), "d".repeat(7_999));
        Command command = send(id, "x");

        GetCommandInvocationResponse result = awaitTerminal(SIM.ssm(), command.commandId(), id);

        assertThat(result.standardOutputContent()).isEqualTo("c".repeat(23_999));
        assertThat(result.standardErrorContent()).isEqualTo("d".repeat(7_999));
    }

    @Test
    void getCommandInvocation_whenOutputExactlyAtLimits_marksStdoutAndKeepsStderr() {
        String id = scripted("e".repeat(24_000), "f".repeat(8_000));
        Command command = send(id, "x");

        GetCommandInvocationResponse result = awaitTerminal(SIM.ssm(), command.commandId(), id);

        assertThat(result.standardOutputContent()).isEqualTo("e".repeat(23_980) + MARKER);
        assertThat(result.standardErrorContent()).isEqualTo("f".repeat(8_000));
    }

    @Test
    void commandPluginOutput_whenSmall_joinsStdoutAndStderrWithErrorTitle() {
        String id = scripted("out\n", "err\n");
        Command command = send(id, "x");
        awaitTerminal(SIM.ssm(), command.commandId(), id);

        assertThat(plugin(command.commandId(), id).output()).isEqualTo("out\n\n----------ERROR-------\nerr\n");
    }

    @Test
    void sendCommand_whenBucketGiven_writesFullOutputToS3() throws Exception {
        java.net.URI moto = MotoServer.endpoint();
        MotoServer.reset();
        try (SdkS3OutputSink sink = SdkS3OutputSink.forMoto(moto);
                SsmFleetSimulator withS3 = SsmFleetSimulator.builder().timeScale(0.001).visibilityDelay(Duration.ZERO)
                        .outputSink(sink).start();
                SsmAsyncClient client = SdkTestClients.ssm(withS3.endpoint(), SIM.http(), ACCESS_KEY, REGION, false);
                S3Client s3 = S3Client.builder().endpointOverride(moto).region(Region.US_EAST_1).forcePathStyle(true)
                        .credentialsProvider(SdkTestClients.credentials("testing")).build()) {
            withS3.mapAccessKey(ACCESS_KEY, ACCOUNT);
            String id = withS3.registerFleet(1, b -> b.account(ACCOUNT).region(REGION)).get(0).instanceId();
            s3.createBucket(b -> b.bucket("pcmops-sim-output"));
            Command command = client.sendCommand(r -> r.documentName("AWS-RunShellScript").instanceIds(id)
                    .outputS3BucketName("pcmops-sim-output").outputS3KeyPrefix("runs/")
                    .parameters(Map.of("commands", List.of("head -c 30000 /dev/zero | tr '\\0' z")))).join().command();

            GetCommandInvocationResponse result = awaitTerminal(client, command.commandId(), id);

            String key = "runs/" + command.commandId() + "/" + id + "/awsrunShellScript/0.awsrunShellScript/";
            byte[] stdout = s3.getObject(b -> b.bucket("pcmops-sim-output").key(key + "stdout"),
                    ResponseTransformer.toBytes()).asByteArray();
            assertThat(new String(stdout, StandardCharsets.UTF_8)).isEqualTo("z".repeat(30_000));
            assertThat(s3.listObjectsV2(b -> b.bucket("pcmops-sim-output").prefix(key)).contents()).hasSize(1);
            assertThat(result.standardOutputUrl()).isEqualTo("https://s3.us-east-1.amazonaws.com/pcmops-sim-output/"
                    + key + "stdout");
        }
    }

    @Test
    void sendCommand_whenBucketMissing_throwsInvalidOutputFolder() {
        try (SdkS3OutputSink sink = SdkS3OutputSink.forMoto(MotoServer.endpoint());
                SsmFleetSimulator withS3 = SsmFleetSimulator.builder().timeScale(0.001).outputSink(sink).start();
                SsmAsyncClient client = SdkTestClients.ssm(withS3.endpoint(), SIM.http(), ACCESS_KEY, REGION, false)) {
            withS3.mapAccessKey(ACCESS_KEY, ACCOUNT);
            String id = withS3.registerFleet(1, b -> b.account(ACCOUNT).region(REGION)).get(0).instanceId();

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.sendCommand(r -> r
                    .documentName("AWS-RunShellScript").instanceIds(id).outputS3BucketName("pcmops-no-such-bucket")
                    .parameters(Map.of("commands", List.of("true")))).join())
                    .cause().isInstanceOf(InvalidOutputFolderException.class);
        }
    }

    private static CommandPlugin plugin(String commandId, String instanceId) {
        return SIM.ssm().listCommandInvocations(r -> r.commandId(commandId).instanceId(instanceId).details(true)).join()
                .commandInvocations().get(0).commandPlugins().get(0);
    }

    private static Command send(String id, String... commands) {
        return SIM.ssm().sendCommand(r -> r.documentName("AWS-RunShellScript").instanceIds(id)
                .parameters(Map.of("commands", List.of(commands)))).join().command();
    }

    private static String linux() {
        return SIM.simulator().registerFleet(1, b -> b.account(ACCOUNT).region(REGION)).get(0).instanceId();
    }

    private static String scripted(String stdout, String stderr) {
        return SIM.simulator().registerFleet(1, b -> b.account(ACCOUNT).region(REGION)
                .behaviour(Behaviour.scripted(0, stdout, stderr, Duration.ZERO))).get(0).instanceId();
    }
}
