package io.pcmops.aws.testkit;

import static io.pcmops.aws.testkit.SimulatorTestSupport.ACCESS_KEY;
import static io.pcmops.aws.testkit.SimulatorTestSupport.ACCOUNT;
import static io.pcmops.aws.testkit.SimulatorTestSupport.REGION;
import static io.pcmops.aws.testkit.SimulatorTestSupport.awaitTerminal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.aws.testkit.SimulatedInstance.Platform;
import io.pcmops.aws.testkit.SimulatedInstance.State;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.model.Command;
import software.amazon.awssdk.services.ssm.model.GetCommandInvocationResponse;
import software.amazon.awssdk.services.ssm.model.InvalidDocumentException;
import software.amazon.awssdk.services.ssm.model.InvalidInstanceIdException;
import software.amazon.awssdk.services.ssm.model.InvalidParametersException;
import software.amazon.awssdk.services.ssm.model.MaxDocumentSizeExceededException;
import software.amazon.awssdk.services.ssm.model.SendCommandRequest;
import software.amazon.awssdk.services.ssm.model.SsmException;
import software.amazon.awssdk.services.ssm.model.UnsupportedPlatformTypeException;

class SsmFleetSimulatorSendCommandTest {

    private static final String LINUX = "i-0aaaaaaaaaaaaaaa1";
    private static final String WINDOWS = "i-0aaaaaaaaaaaaaaa2";
    private static final String UNMANAGED = "i-0aaaaaaaaaaaaaaa3";
    private static final String TERMINATED = "i-0aaaaaaaaaaaaaaa4";

    @RegisterExtension
    static final SimulatorFixture SIM = SimulatorFixture.of(() -> SsmFleetSimulator.builder().timeScale(0.001)
            .visibilityDelay(Duration.ZERO).start(), ACCESS_KEY, REGION);

    @BeforeAll
    static void registerInstances() {
        SIM.simulator().mapAccessKey(ACCESS_KEY, ACCOUNT);
        SIM.simulator().register(instance(LINUX).build());
        SIM.simulator().register(instance(WINDOWS).platform(Platform.WINDOWS).build());
        SIM.simulator().register(instance(UNMANAGED).managed(false).build());
        SIM.simulator().register(instance(TERMINATED).state(State.TERMINATED).build());
    }

    @Test
    void sendCommand_whenScriptSucceeds_returnsPendingCommandAndOutput() {
        Command command = send(r -> r.instanceIds(LINUX).comment("hello")
                .parameters(Map.of("commands", List.of("echo hello", "echo \"$AWS_SSM_INSTANCE_ID\""))));

        GetCommandInvocationResponse result = awaitTerminal(SIM.ssm(), command.commandId(), LINUX);

        assertThat(command.statusAsString()).isEqualTo("Pending");
        assertThat(command.statusDetails()).isEqualTo("Pending");
        assertThat(command.targetCount()).isEqualTo(1);
        assertThat(command.documentVersion()).isEqualTo("$DEFAULT");
        assertThat(command.maxConcurrency()).isEqualTo("50");
        assertThat(command.maxErrors()).isEqualTo("0");
        assertThat(command.expiresAfter()).isEqualTo(command.requestedDateTime().plusMillis(7200));
        assertThat(result.statusAsString()).isEqualTo("Success");
        assertThat(result.responseCode()).isZero();
        assertThat(result.standardOutputContent()).isEqualTo("hello\n" + LINUX + "\n");
        assertThat(result.pluginName()).isEqualTo("aws:runShellScript");
        assertThat(result.executionElapsedTime()).startsWith("PT");
        assertThat(java.time.Instant.parse(result.executionEndDateTime()))
                .isAfterOrEqualTo(java.time.Instant.parse(result.executionStartDateTime()));
    }

    @Test
    void sendCommand_whenScriptExitsThree_endsFailedWithStderr() {
        Command command = send(r -> r.instanceIds(LINUX)
                .parameters(Map.of("commands", List.of("echo out", "echo oops >&2", "exit 3"))));

        GetCommandInvocationResponse result = awaitTerminal(SIM.ssm(), command.commandId(), LINUX);

        assertThat(result.statusAsString()).isEqualTo("Failed");
        assertThat(result.statusDetails()).isEqualTo("Failed");
        assertThat(result.responseCode()).isEqualTo(3);
        assertThat(result.standardErrorContent()).isEqualTo("oops\n");
    }

    @Test
    void sendCommand_whenLastCommandSucceeds_isSuccessWithoutSetE() {
        Command command = send(r -> r.instanceIds(LINUX).parameters(Map.of("commands", List.of("false", "true"))));

        assertThat(awaitTerminal(SIM.ssm(), command.commandId(), LINUX).statusAsString()).isEqualTo("Success");
    }

    @Test
    void sendCommand_whenInstanceUnmanagedOrTerminated_throwsInvalidInstanceId() {
        assertThatThrownBy(() -> send(r -> r.instanceIds(LINUX, UNMANAGED, TERMINATED, "i-0bbbbbbbbbbbbbbb9")
                .parameters(Map.of("commands", List.of("true")))))
                .cause().isInstanceOf(InvalidInstanceIdException.class)
                .hasMessageStartingWith("Instances [[" + UNMANAGED + ", " + TERMINATED
                        + ", i-0bbbbbbbbbbbbbbb9]] not in a valid state for account " + ACCOUNT);
    }

    @Test
    void sendCommand_whenInvalidInstancesAreNotNamed_answersWithoutAMessage() {
        SIM.simulator().namesInvalidInstances(false);
        try {
            assertThatThrownBy(() -> send(r -> r.instanceIds(LINUX, UNMANAGED)
                    .parameters(Map.of("commands", List.of("true")))))
                    .cause().isInstanceOfSatisfying(InvalidInstanceIdException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidInstanceId");
                        assertThat(e.awsErrorDetails().errorMessage()).isNull();
                    });
        } finally {
            SIM.simulator().namesInvalidInstances(true);
        }
    }

    @Test
    void sendCommand_whenCommandsReferenceAStoredParameter_theAgentGetsItsValue() {
        SIM.simulator().putParameter(ACCOUNT, REGION, "/app/greeting", "hello from the store");
        Command command = send(r -> r.instanceIds(LINUX)
                .parameters(Map.of("commands", List.of("echo '{{ssm:/app/greeting}}'", "echo '{{ ssm:/app/greeting }}'"))));

        assertThat(awaitTerminal(SIM.ssm(), command.commandId(), LINUX).standardOutputContent())
                .isEqualTo("hello from the store\nhello from the store\n");
        assertThat(command.parameters().get("commands")).containsExactly("echo '{{ssm:/app/greeting}}'",
                "echo '{{ ssm:/app/greeting }}'");
    }

    @Test
    void sendCommand_whenReferencedParameterDoesNotExist_throwsInvalidParameters() {
        assertThatThrownBy(() -> send(r -> r.instanceIds(LINUX)
                .parameters(Map.of("commands", List.of("echo {{ssm:/nowhere}}")))))
                .cause().isInstanceOf(InvalidParametersException.class).hasMessageContaining("/nowhere");
    }

    @Test
    void sendCommand_whenParametersOutgrowTheDocumentLimit_throwsMaxDocumentSizeExceeded() {
        assertThatThrownBy(() -> send(r -> r.instanceIds(LINUX)
                .parameters(Map.of("commands", List.of("#" + "x".repeat(63_500))))))
                .cause().isInstanceOf(MaxDocumentSizeExceededException.class);
        Command fits = send(r -> r.instanceIds(LINUX).parameters(Map.of("commands", List.of("#" + "x".repeat(61_000)))));
        assertThat(awaitTerminal(SIM.ssm(), fits.commandId(), LINUX).statusAsString()).isEqualTo("Success");
    }

    @Test
    void sendCommand_whenWindowsGetsShellScript_throwsUnsupportedPlatformType() {
        assertThatThrownBy(() -> send(r -> r.instanceIds(WINDOWS).parameters(Map.of("commands", List.of("ls")))))
                .cause().isInstanceOf(UnsupportedPlatformTypeException.class)
                .hasMessageContaining("of platform type Windows");
    }

    @Test
    void sendCommand_whenDocumentUnknown_throwsInvalidDocument() {
        assertThatThrownBy(() -> send(r -> r.documentName("AWS-Nope").instanceIds(LINUX)))
                .cause().isInstanceOf(InvalidDocumentException.class);
    }

    @Test
    void sendCommand_whenParametersWrong_throwsInvalidParameters() {
        assertThatThrownBy(() -> send(r -> r.instanceIds(LINUX).parameters(Map.of("commands", List.of()))))
                .cause().isInstanceOf(InvalidParametersException.class);
        assertThatThrownBy(() -> send(r -> r.instanceIds(LINUX)
                .parameters(Map.of("commands", List.of("true"), "executionTimeout", List.of("0")))))
                .cause().isInstanceOf(InvalidParametersException.class);
        assertThatThrownBy(() -> send(r -> r.instanceIds(LINUX)
                .parameters(Map.of("commands", List.of("true"), "bogus", List.of("x")))))
                .cause().isInstanceOf(InvalidParametersException.class);
    }

    @Test
    void sendCommand_whenModelConstraintsViolated_throwsValidationException() {
        String[] many = IntStream.range(0, 51).mapToObj(i -> String.format("i-%017x", i)).toArray(String[]::new);

        assertValidation(r -> r.instanceIds(many), "instanceIds");
        assertValidation(r -> r.instanceIds(LINUX).timeoutSeconds(29), "timeoutSeconds");
        assertValidation(r -> r.instanceIds(LINUX).timeoutSeconds(2_592_001), "timeoutSeconds");
        assertValidation(r -> r.instanceIds(LINUX).comment("x".repeat(101)), "comment");
        assertValidation(r -> r.instanceIds(LINUX).maxConcurrency("0"), "maxConcurrency");
        assertValidation(r -> r.instanceIds(LINUX).maxErrors("101%"), "maxErrors");
    }

    @Test
    void sendCommand_whenAccessKeyUnknown_throwsUnrecognizedClient() {
        try (SsmAsyncClient stranger = SdkTestClients.ssm(SIM.simulator().endpoint(), SIM.http(), "AKIAUNKNOWN", REGION, false)) {
            assertThatThrownBy(() -> stranger.sendCommand(r -> r.documentName("AWS-RunShellScript")
                    .instanceIds(LINUX).parameters(Map.of("commands", List.of("true")))).join())
                    .cause().isInstanceOf(SsmException.class)
                    .satisfies(e -> assertThat(((SsmException) e).awsErrorDetails().errorCode())
                            .isEqualTo("UnrecognizedClientException"));
        }
    }

    private void assertValidation(java.util.function.Consumer<SendCommandRequest.Builder> request, String member) {
        assertThatThrownBy(() -> send(r -> {
            r.parameters(Map.of("commands", List.of("true")));
            request.accept(r);
        })).cause().isInstanceOf(SsmException.class)
                .hasMessageContaining("at '" + member + "' failed to satisfy constraint")
                .satisfies(e -> assertThat(((SsmException) e).awsErrorDetails().errorCode())
                        .isEqualTo("ValidationException"));
    }

    private static Command send(java.util.function.Consumer<SendCommandRequest.Builder> request) {
        try {
            return SIM.ssm().sendCommand(r -> {
                r.documentName("AWS-RunShellScript");
                request.accept(r);
            }).join().command();
        } catch (CompletionException e) {
            throw e;
        }
    }

    private static SimulatedInstance.Builder instance(String id) {
        return SimulatedInstance.builder().instanceId(id).account(ACCOUNT).region(REGION);
    }
}
