package io.pcmops.aws.internal.client;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.model.CancelCommandRequest;
import software.amazon.awssdk.services.ssm.model.CancelCommandResponse;
import software.amazon.awssdk.services.ssm.model.DescribeInstanceInformationRequest;
import software.amazon.awssdk.services.ssm.model.DescribeInstanceInformationResponse;
import software.amazon.awssdk.services.ssm.model.GetCommandInvocationRequest;
import software.amazon.awssdk.services.ssm.model.GetCommandInvocationResponse;
import software.amazon.awssdk.services.ssm.model.ListCommandInvocationsRequest;
import software.amazon.awssdk.services.ssm.model.ListCommandInvocationsResponse;
import software.amazon.awssdk.services.ssm.model.ListCommandsRequest;
import software.amazon.awssdk.services.ssm.model.ListCommandsResponse;
import software.amazon.awssdk.services.ssm.model.SendCommandRequest;
import software.amazon.awssdk.services.ssm.model.SendCommandResponse;

/**
 * An SSM client whose calls pass through the token bucket of their (account, region, API) first. Paginators built
 * from it (the interface's default methods) are limited page by page.
 */
final class LimitedSsm implements SsmAsyncClient {

    private final SsmAsyncClient delegate;
    private final Limiter limiter;

    LimitedSsm(SsmAsyncClient delegate, Limiter limiter) {
        this.delegate = delegate;
        this.limiter = limiter;
    }

    @Override
    public CompletableFuture<SendCommandResponse> sendCommand(SendCommandRequest request) {
        return limiter.run("SendCommand", () -> delegate.sendCommand(request));
    }

    @Override
    public CompletableFuture<ListCommandInvocationsResponse> listCommandInvocations(
            ListCommandInvocationsRequest request) {
        return limiter.run("ListCommandInvocations", () -> delegate.listCommandInvocations(request));
    }

    @Override
    public CompletableFuture<GetCommandInvocationResponse> getCommandInvocation(GetCommandInvocationRequest request) {
        return limiter.run("GetCommandInvocation", () -> delegate.getCommandInvocation(request));
    }

    @Override
    public CompletableFuture<ListCommandsResponse> listCommands(ListCommandsRequest request) {
        return limiter.run("ListCommands", () -> delegate.listCommands(request));
    }

    @Override
    public CompletableFuture<CancelCommandResponse> cancelCommand(CancelCommandRequest request) {
        return limiter.run("CancelCommand", () -> delegate.cancelCommand(request));
    }

    @Override
    public CompletableFuture<DescribeInstanceInformationResponse> describeInstanceInformation(
            DescribeInstanceInformationRequest request) {
        return limiter.run("DescribeInstanceInformation", () -> delegate.describeInstanceInformation(request));
    }

    @Override
    public String serviceName() {
        return delegate.serviceName();
    }

    @Override
    public void close() {
        delegate.close();
    }

    /** Runs a call of an operation under its bucket. */
    @FunctionalInterface
    interface Limiter {
        <T> CompletableFuture<T> run(String operation, Supplier<CompletableFuture<T>> call);
    }
}
