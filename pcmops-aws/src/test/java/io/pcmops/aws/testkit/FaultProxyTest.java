package io.pcmops.aws.testkit;

import static io.pcmops.aws.testkit.SimulatorTestSupport.ACCESS_KEY;
import static io.pcmops.aws.testkit.SimulatorTestSupport.REGION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.testkit.Waits;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2AsyncClient;
import software.amazon.awssdk.services.sts.StsAsyncClient;
import software.amazon.awssdk.services.sts.model.StsException;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.model.ListCommandsResponse;

class FaultProxyTest {

    private static SsmFleetSimulator simulator;
    private static FaultProxy proxy;
    private static SdkAsyncHttpClient http;
    private static SsmAsyncClient ssm;

    @BeforeAll
    static void start() {
        simulator = SimulatorTestSupport.fastSimulator();
        proxy = FaultProxy.start(simulator.endpoint());
        http = SdkTestClients.netty();
        ssm = SdkTestClients.ssm(proxy.endpoint(), http, ACCESS_KEY, REGION, false);
    }

    @AfterEach
    void resetFaults() {
        proxy.reset();
    }

    @AfterAll
    static void stop() {
        ssm.close();
        http.close();
        proxy.close();
        simulator.close();
    }

    @Test
    void latency_whenSet_delaysEveryRequestAtLeastThatLong() {
        proxy.latency(Duration.ofMillis(150));

        long started = System.nanoTime();
        ssm.describeInstanceInformation(r -> { }).join();
        ssm.listCommands(r -> { }).join();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void throttle_whenTwice_sdkSeesThrottlingTwiceThenSuccessAndCountsEveryRequest() {
        proxy.throttle("ListCommands", 2);
        long reachedSimulator = simulator.callCount("ListCommands");

        assertThat(throttled(() -> ssm.listCommands(r -> { }).join())).isTrue();
        assertThat(throttled(() -> ssm.listCommands(r -> { }).join())).isTrue();
        assertThat(ssm.listCommands(r -> { }).join().commands()).isNotNull();

        assertThat(proxy.requestCount("ssm", "ListCommands")).isEqualTo(3);
        assertThat(proxy.injectedFaults()).isEqualTo(2);
        assertThat(simulator.callCount("ListCommands") - reachedSimulator).isEqualTo(1);
    }

    @Test
    void throttleWithProbability_whenOne_throttlesEveryCallAndWhenZeroNone() {
        proxy.throttleWithProbability("DescribeInstanceInformation", 1.0);
        assertThat(throttled(() -> ssm.describeInstanceInformation(r -> { }).join())).isTrue();

        proxy.throttleWithProbability("DescribeInstanceInformation", 0.0);
        assertThat(ssm.describeInstanceInformation(r -> { }).join()).isNotNull();
    }

    @Test
    void throttle_whenSdkRetries_recoversTransparently() {
        proxy.throttle("ListCommands", 1);
        try (SsmAsyncClient retrying = SdkTestClients.ssm(proxy.endpoint(), http, ACCESS_KEY, REGION, true)) {
            assertThat(retrying.listCommands(r -> { }).join().commands()).isNotNull();
        }
        assertThat(proxy.requestCount("ssm", "ListCommands")).isEqualTo(2);
    }

    @Test
    void denyAssumeRole_whenRoleChosen_stsAnswersAccessDeniedAndOtherRolesPass() {
        try (FaultProxy motoProxy = FaultProxy.start(MotoServer.endpoint());
                StsAsyncClient sts = StsAsyncClient.builder().endpointOverride(motoProxy.endpoint())
                        .region(Region.US_EAST_1).httpClient(http).overrideConfiguration(c -> c.retryStrategy(
                                b -> b.maxAttempts(1))).credentialsProvider(SdkTestClients.credentials("AKIAMGMT"))
                        .build()) {
            String denied = "arn:aws:iam::210000000001:role/PcmopsDenied";
            String allowed = "arn:aws:iam::210000000002:role/PcmopsAllowed";
            motoProxy.denyAssumeRole(denied);

            assertThatThrownBy(() -> sts.assumeRole(r -> r.roleArn(denied).roleSessionName("pcmops")).join())
                    .cause().isInstanceOf(StsException.class)
                    .satisfies(e -> {
                        StsException error = (StsException) e;
                        assertThat(error.statusCode()).isEqualTo(403);
                        assertThat(error.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                        assertThat(error.getMessage()).contains("sts:AssumeRole on resource: " + denied);
                    });
            assertThat(sts.assumeRole(r -> r.roleArn(allowed).roleSessionName("pcmops")).join().assumedRoleUser()
                    .arn()).contains("210000000002");
            assertThat(motoProxy.requestCount("sts", "AssumeRole")).isEqualTo(2);
        }
    }

    @Test
    void throttle_whenQueryAndEc2Protocols_sdkSeesThrottling() {
        try (FaultProxy motoProxy = FaultProxy.start(MotoServer.endpoint());
                StsAsyncClient sts = StsAsyncClient.builder().endpointOverride(motoProxy.endpoint())
                        .region(Region.US_EAST_1).httpClient(http).overrideConfiguration(c -> c.retryStrategy(
                                b -> b.maxAttempts(1))).credentialsProvider(SdkTestClients.credentials("AKIAMGMT"))
                        .build();
                Ec2AsyncClient ec2 = Ec2AsyncClient.builder().endpointOverride(motoProxy.endpoint())
                        .region(Region.EU_WEST_1).httpClient(http).overrideConfiguration(c -> c.retryStrategy(
                                b -> b.maxAttempts(1))).credentialsProvider(SdkTestClients.credentials("AKIAMGMT"))
                        .build()) {
            motoProxy.throttle("GetCallerIdentity", 1).throttle("DescribeInstances", 1);

            assertThat(throttled(() -> sts.getCallerIdentity().join())).isTrue();
            assertThat(throttled(() -> ec2.describeInstances().join())).isTrue();
            assertThat(sts.getCallerIdentity().join().account()).isEqualTo(MotoServer.DEFAULT_ACCOUNT);
            assertThat(motoProxy.requestCounts()).containsEntry("sts:GetCallerIdentity", 2L)
                    .containsEntry("ec2:DescribeInstances", 1L);
        }
    }

    @Test
    void stall_whenBeforeUpstream_callerGetsNoAnswerAndUpstreamNeverSeesTheRequest() {
        proxy.stall("ListCommands", FaultProxy.Stall.BEFORE_UPSTREAM);
        long reachedSimulator = simulator.callCount("ListCommands");
        try (SsmAsyncClient once = singleAttempt()) {
            CompletableFuture<ListCommandsResponse> call = once.listCommands(r -> { });
            Waits.until(() -> proxy.requestCount("ssm", "ListCommands") == 1);

            assertThat(call).isNotDone();
            proxy.reset();
            assertThatThrownBy(call::join).isInstanceOf(CompletionException.class);
            assertThat(simulator.callCount("ListCommands")).isEqualTo(reachedSimulator);
        }
    }

    @Test
    void stall_whenAfterUpstream_upstreamActsButCallerGetsNoAnswer() {
        proxy.stall("ListCommands", FaultProxy.Stall.AFTER_UPSTREAM);
        long reachedSimulator = simulator.callCount("ListCommands");
        try (SsmAsyncClient once = singleAttempt()) {
            CompletableFuture<ListCommandsResponse> call = once.listCommands(r -> { });
            Waits.until(() -> simulator.callCount("ListCommands") == reachedSimulator + 1);

            assertThat(call).isNotDone();
            assertThat(proxy.injectedFaults()).isEqualTo(1);
            proxy.reset();
            assertThatThrownBy(call::join).isInstanceOf(CompletionException.class);
        }
    }

    @Test
    void requestRegions_whenSignedForTwoRegions_namesBoth() {
        try (SsmAsyncClient west = SdkTestClients.ssm(proxy.endpoint(), http, ACCESS_KEY, "eu-west-1", false)) {
            ssm.listCommands(r -> { }).join();
            west.listCommands(r -> { }).join();
        }

        assertThat(proxy.requestRegions("ssm", "ListCommands")).containsExactly("eu-west-1", REGION);
        assertThat(proxy.requestRegions("ssm", "SendCommand")).isEmpty();
    }

    private static SsmAsyncClient singleAttempt() {
        return SsmAsyncClient.builder().endpointOverride(proxy.endpoint()).region(Region.of(REGION)).httpClient(http)
                .credentialsProvider(SdkTestClients.credentials(ACCESS_KEY))
                .overrideConfiguration(c -> c.retryStrategy(b -> b.maxAttempts(1))).build();
    }

    private static boolean throttled(Runnable call) {
        try {
            call.run();
            return false;
        } catch (CompletionException e) {
            return e.getCause() instanceof SdkServiceException error && error.isThrottlingException();
        }
    }
}
