package io.pcmops.aws.testkit;

import io.pcmops.testkit.Waits;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.model.GetCommandInvocationResponse;
import software.amazon.awssdk.services.ssm.model.InvocationDoesNotExistException;

/** Shared helpers of the simulator tests: polling the SDK until an invocation is terminal. */
final class SimulatorTestSupport {

    static final String ACCOUNT = "111111111111";
    static final String REGION = "us-east-1";
    static final String ACCESS_KEY = "AKIAACCOUNT111111111";

    private SimulatorTestSupport() {
    }

    /** A simulator at scale 0.001 (1 simulated s = 1 ms) with short delays, the test key mapped to ACCOUNT. */
    static SsmFleetSimulator fastSimulator() {
        SsmFleetSimulator simulator = SsmFleetSimulator.builder().timeScale(0.001)
                .visibilityDelay(Duration.ofSeconds(20)).start();
        simulator.mapAccessKey(ACCESS_KEY, ACCOUNT);
        return simulator;
    }

    /** Polls GetCommandInvocation (treating InvocationDoesNotExist as not yet visible) until terminal. */
    static GetCommandInvocationResponse awaitTerminal(SsmAsyncClient ssm, String commandId, String instanceId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            GetCommandInvocationResponse response = orNull(() -> ssm.getCommandInvocation(
                    r -> r.commandId(commandId).instanceId(instanceId)).join());
            if (response != null && terminal(response.statusAsString())) {
                return response;
            }
            sleep(20);
        }
        throw new AssertionError("invocation " + commandId + "/" + instanceId + " did not end");
    }

    /** Waits (polling, with a deadline) until ListCommandInvocations shows the command's invocations. */
    static void awaitVisible(SsmAsyncClient ssm, String commandId) {
        Waits.until(() -> !ssm.listCommandInvocations(r -> r.commandId(commandId)).join().commandInvocations()
                .isEmpty());
    }

    static boolean terminal(String status) {
        return switch (status) {
            case "Success", "Failed", "TimedOut", "Cancelled" -> true;
            default -> false;
        };
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static <T> T orNull(Supplier<T> call) {
        try {
            return call.get();
        } catch (CompletionException e) {
            if (e.getCause() instanceof InvocationDoesNotExistException) {
                return null;
            }
            throw e;
        }
    }
}
