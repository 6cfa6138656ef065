package io.pcmops.aws.internal.client;

import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.ec2.Ec2AsyncClient;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.DescribeRegionsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeRegionsResponse;

/** An EC2 client whose calls pass through the token bucket of their (account, region, API) first. */
final class LimitedEc2 implements Ec2AsyncClient {

    private final Ec2AsyncClient delegate;
    private final LimitedSsm.Limiter limiter;

    LimitedEc2(Ec2AsyncClient delegate, LimitedSsm.Limiter limiter) {
        this.delegate = delegate;
        this.limiter = limiter;
    }

    @Override
    public CompletableFuture<DescribeInstancesResponse> describeInstances(DescribeInstancesRequest request) {
        return limiter.run("DescribeInstances", () -> delegate.describeInstances(request));
    }

    @Override
    public CompletableFuture<DescribeRegionsResponse> describeRegions(DescribeRegionsRequest request) {
        return limiter.run("DescribeRegions", () -> delegate.describeRegions(request));
    }

    @Override
    public String serviceName() {
        return delegate.serviceName();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
