package io.pcmops.aws.testkit;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.retries.StandardRetryStrategy;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;

/** Real SDK v2 clients for tests, pointed at a loopback endpoint with static credentials. */
public final class SdkTestClients {

    private SdkTestClients() {
    }

    /** A Netty-based HTTP client; share one per test class and close it afterwards. */
    public static SdkAsyncHttpClient netty() {
        return NettyNioAsyncHttpClient.builder().build();
    }

    /** An SSM client signing with {@code accessKeyId} in {@code region}, with the SDK's default retries. */
    public static SsmAsyncClient ssm(URI endpoint, SdkAsyncHttpClient http, String accessKeyId, String region) {
        return ssm(endpoint, http, accessKeyId, region, true);
    }

    /**
     * An SSM client; {@code retries=false} makes every error the server answers visible to the caller at once (only
     * a dropped connection is tried again, so a busy machine does not fail a test on a transport hiccup).
     */
    public static SsmAsyncClient ssm(URI endpoint, SdkAsyncHttpClient http, String accessKeyId, String region,
            boolean retries) {
        return SsmAsyncClient.builder().endpointOverride(endpoint).region(Region.of(region))
                .credentialsProvider(credentials(accessKeyId)).httpClient(http)
                .overrideConfiguration(c -> {
                    if (!retries) {
                        c.retryStrategy(StandardRetryStrategy.builder().maxAttempts(3).useClientDefaults(false)
                                .retryOnException(e -> e instanceof SdkClientException).build());
                    }
                })
                .build();
    }

    /** Static credentials with a dummy secret (neither moto nor the simulator checks signatures). */
    public static StaticCredentialsProvider credentials(String accessKeyId) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, "test-secret"));
    }
}
