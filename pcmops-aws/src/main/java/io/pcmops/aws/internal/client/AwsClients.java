package io.pcmops.aws.internal.client;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.pcmops.aws.internal.AwsSettings;
import io.pcmops.aws.internal.EndpointOverrides;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.client.builder.AwsAsyncClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.ec2.Ec2AsyncClient;
import software.amazon.awssdk.services.organizations.OrganizationsAsyncClient;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.sts.StsAsyncClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Builds and shares the provider's async SDK clients: one per (service, region, principal, endpoint), all on one
 * Netty HTTP client, all counted by one {@link ApiCallCounter}, their failures tagged with the call for
 * {@link io.pcmops.aws.internal.AwsErrors}. EC2 and SSM clients pass through the {@link RateLimits}. An
 * {@code endpoint.*} setting is used only within {@link EndpointOverrides}' rules. Without one the SDK finds the
 * endpoint itself
 * ({@code AWS_ENDPOINT_URL_<SERVICE>}, {@code AWS_ENDPOINT_URL}, or {@code endpoint_url} of the principal's profile).
 * A client unused for {@link #IDLE} is closed and forgotten (each run's assumed-role sessions get their own clients, so
 * a long-running server must not keep them all); everything is closed by {@link #close()}.
 */
public final class AwsClients implements AutoCloseable {

    private final SdkAsyncHttpClient http;
    private final ApiCallCounter counter = new ApiCallCounter();
    private final RateLimits limits;
    /** How long an unused client is kept. */
    static final Duration IDLE = Duration.ofMinutes(30);

    private final Cache<String, SdkAutoCloseable> clients = Caffeine.newBuilder().expireAfterAccess(IDLE)
            .<String, SdkAutoCloseable>removalListener((key, client, cause) -> {
                if (client != null) {
                    client.close();
                }
            }).build();
    private final FailureTagging tagging = new FailureTagging();
    private final Supplier<Map<String, String>> source;
    private volatile AwsSettings settings;
    private volatile Map<String, String> lastRaw;
    private volatile long readAt;

    /**
     * Creates the clients; settings are read from {@code source} when first needed and again at most once a second.
     * A bad setting fails the calls that need settings (naming it), never the provider's start.
     */
    public AwsClients(Supplier<Map<String, String>> source, Executor executor) {
        this.source = source;
        this.limits = new RateLimits(executor);
        this.http = NettyNioAsyncHttpClient.builder().maxConcurrency(1000).maxPendingConnectionAcquires(100_000)
                .connectionAcquisitionTimeout(Duration.ofMinutes(2)).build();
    }

    /**
     * Returns the current settings (endpoints and retries apply to clients built afterwards).
     *
     * @throws io.pcmops.InvalidRequestException when a setting is invalid
     */
    public AwsSettings settings() {
        AwsSettings current = settings;
        if (current == null || System.nanoTime() - readAt > 1_000_000_000L) {
            Map<String, String> raw = Map.copyOf(source.get());
            if (current == null || !raw.equals(lastRaw)) {
                settings = null;
                current = AwsSettings.parse(raw);
                lastRaw = raw;
                settings = current;
            }
            readAt = System.nanoTime();
        }
        return current;
    }

    public ApiCallCounter counter() {
        return counter;
    }

    public RateLimits limits() {
        return limits;
    }

    public Ec2AsyncClient ec2(Principal principal, String region) {
        return client("ec2", principal, region, () -> new LimitedEc2(
                build(Ec2AsyncClient.builder(), "ec2", principal, region, standard()), limiter(principal, region)));
    }

    public SsmAsyncClient ssm(Principal principal, String region) {
        return client("ssm", principal, region, () -> new LimitedSsm(build(SsmAsyncClient.builder(), "ssm",
                principal, region, Retries.throttlingOnly(settings().maxAttempts())), limiter(principal, region)));
    }

    public StsAsyncClient sts(Principal principal, String region) {
        return client("sts", principal, region, () -> build(StsAsyncClient.builder(), "sts", principal, region,
                standard()));
    }

    public OrganizationsAsyncClient organizations(Principal principal, String region) {
        return client("organizations", principal, region, () -> build(OrganizationsAsyncClient.builder(),
                "organizations", principal, region, standard()));
    }

    public S3AsyncClient s3(Principal principal, String region) {
        return client("s3", principal, region, () -> build(S3AsyncClient.builder()
                .forcePathStyle(settings().endpoint("s3") != null), "s3", principal, region, standard()));
    }

    /** Runs one call (not made through a limited client) under its (account, region, API) bucket. */
    public <T> CompletableFuture<T> limited(Principal principal, String region, String operation,
                                           Supplier<CompletableFuture<T>> call) {
        return limits.run(principal.account(), region, operation, settings().rateFor(operation), call);
    }

    private LimitedSsm.Limiter limiter(Principal principal, String region) {
        return new LimitedSsm.Limiter() {
            @Override
            public <T> CompletableFuture<T> run(String operation, Supplier<CompletableFuture<T>> call) {
                return limited(principal, region, operation, call);
            }
        };
    }

    private RetryStrategy standard() {
        return Retries.standard(settings().maxAttempts());
    }

    @SuppressWarnings("unchecked")
    private <C extends SdkAutoCloseable> C client(String service, Principal principal, String region,
                                                   Supplier<C> factory) {
        AwsSettings settings = settings();
        URI endpoint = settings.endpoint(service);
        if (endpoint != null) {
            EndpointOverrides.checkFor("endpoint." + service, endpoint, principal.partition());
        }
        String key = service + "|" + region + "|" + principal.key() + "|" + endpoint + "|" + settings.maxAttempts();
        return (C) clients.get(key, k -> factory.get());
    }

    private <B extends AwsClientBuilder<B, C> & AwsAsyncClientBuilder<B, C>, C> C build(
            B builder, String service, Principal principal, String region, RetryStrategy retries) {
        URI endpoint = settings().endpoint(service);
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder.region(Region.of(region)).credentialsProvider(principal.provider()).httpClient(http)
                .overrideConfiguration(c -> {
                    c.addExecutionInterceptor(counter).addExecutionInterceptor(tagging).retryStrategy(retries);
                    if (principal.profile() != null) {
                        c.defaultProfileName(principal.profile());
                    }
                }).build();
    }

    @Override
    public void close() {
        List<SdkAutoCloseable> open = List.copyOf(clients.asMap().values());
        clients.asMap().clear();
        open.forEach(SdkAutoCloseable::close);
        http.close();
    }
}
