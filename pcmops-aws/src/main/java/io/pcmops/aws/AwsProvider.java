package io.pcmops.aws;

import io.pcmops.aws.internal.AwsSettingSpecs;
import io.pcmops.aws.internal.AwsSettings;
import io.pcmops.aws.internal.accounts.OrganizationDiscovery;
import io.pcmops.aws.internal.client.AwsClients;
import io.pcmops.aws.internal.credentials.AccountAccess;
import io.pcmops.aws.internal.credentials.AssumedRoles;
import io.pcmops.aws.internal.credentials.AwsCredentialSupport;
import io.pcmops.aws.internal.credentials.RootCredentials;
import io.pcmops.aws.internal.credentials.RootIdentities;
import io.pcmops.aws.internal.inventory.Ec2Inventory;
import io.pcmops.aws.internal.inventory.InventoryCache;
import io.pcmops.aws.internal.regions.RegionCatalog;
import io.pcmops.aws.internal.ssm.SsmExecutor;
import io.pcmops.spi.AccountDiscovery;
import io.pcmops.spi.CommandExecutor;
import io.pcmops.spi.CredentialSupport;
import io.pcmops.spi.Provider;
import io.pcmops.spi.ProviderContext;
import io.pcmops.spi.ProviderMetadata;
import io.pcmops.spi.TargetInventory;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@code aws} provider: EC2 instances across accounts, regions and partitions, scripts run with SSM Run Command.
 *
 * <p>Credentials come from credential roots (one or more per partition {@code aws}, {@code aws-us-gov},
 * {@code aws-cn}): the SDK's default chain, a named profile (SSO profiles included) or pasted keys kept in the
 * vault. A root reaches its own account directly and every other registered account by STS AssumeRole into
 * {@code arn:<partition>:iam::<account>:role/<roleName>} — never across partitions. Assumed credentials are reused
 * until five minutes before their expiry.
 *
 * <p>Settings (provider settings in the store; all optional):
 * <ul>
 *   <li>{@code endpoint.ec2}, {@code endpoint.ssm}, {@code endpoint.sts}, {@code endpoint.organizations},
 *       {@code endpoint.s3}: endpoint overrides (FIPS, dual-stack, VPC interface endpoints). Only {@code https}
 *       endpoints inside the partition's AWS domains are used ({@code amazonaws.com}, {@code api.aws};
 *       {@code amazonaws.com.cn}, {@code api.amazonwebservices.com.cn} for {@code aws-cn}); anything else (moto,
 *       LocalStack, tests) needs {@code PCMOPS_AWS_ALLOW_EMULATOR_ENDPOINTS=true} in the environment or
 *       {@code -Dpcmops.aws.allowEmulatorEndpoints=true} where PCM-Ops runs. Without overrides the SDK's own
 *       {@code AWS_ENDPOINT_URL}, {@code AWS_ENDPOINT_URL_<SERVICE>} and profile {@code endpoint_url} apply (set by
 *       whoever runs the process; the root's own profile for {@code profile:NAME} roots and the roles assumed with
 *       them).</li>
 *   <li>{@code s3OutputBucket}, {@code s3OutputPrefix}: where SSM writes full output; truncated output is then
 *       read from there, at most {@code maxOutputBytes} per stream (default 8 MiB; longer output is kept up to
 *       that, flagged truncated, with its real size).</li>
 *   <li>{@code pollInterval}: how often running commands are polled (default {@code 2s}; forms of
 *       {@link io.pcmops.model.Durations#parse}).</li>
 *   <li>{@code roleName} (default {@code OrganizationAccountAccessRole}) and {@code sessionDuration} (default
 *       {@code 1h}): the role assumed into member accounts, unless the account or its root says otherwise.</li>
 *   <li>{@code regions}: comma-separated regions to list (default: each account's enabled regions from EC2
 *       DescribeRegions, cached), always narrowed to the account's partition.</li>
 *   <li>{@code inventoryConcurrency}: account×region listings at once (default 64).</li>
 *   <li>{@code inventoryCacheTtl}: keep listings this long (default {@code 0}, no cache); a refresh bypasses it.</li>
 *   <li>{@code rateLimit.<Operation>} and {@code rateLimit.default}: requests per second per (account, region, API),
 *       e.g. {@code rateLimit.SendCommand=20} (defaults: SendCommand 20, CancelCommand 10, others 40).</li>
 *   <li>{@code maxAttempts}: SDK attempts per call (default 8); SSM calls retry only throttling.</li>
 * </ul>
 *
 * <p>Scripts travel Base64-encoded and are decoded on the instance, so SSM never reads them (no {@code {{ssm:…}}}
 * resolution) and no parameter value can break out of its quoting; a script is limited to about 45 KB (60 KiB once
 * encoded, SSM allowing 64 KB for a document with its parameters). Every AWS call is counted by
 * {@code service:Operation} in {@link #apiCallCounts()}; every AWS failure is described with its service, operation,
 * error code and message, HTTP status and request id.
 */
public final class AwsProvider implements Provider {

    private static final ProviderMetadata METADATA = new ProviderMetadata("aws",
            "Amazon Web Services (SSM Run Command)",
            "Runs scripts on EC2 instances with SSM Run Command, across accounts, regions and partitions.",
            AwsSettingSpecs.ALL);

    private volatile Runtime runtime;
    private volatile ProviderContext context;

    /** Creates the provider; it does nothing until the library starts it. */
    public AwsProvider() {
    }

    @Override
    public ProviderMetadata metadata() {
        return METADATA;
    }

    @Override
    public synchronized void start(ProviderContext providerContext) {
        if (runtime == null) {
            context = providerContext;
            runtime = new Runtime(providerContext);
        }
    }

    /** Returns whether at least one credential root of this provider exists. */
    @Override
    public boolean configured() {
        ProviderContext current = context;
        return current != null && !current.credentialRoots().isEmpty();
    }

    @Override
    public TargetInventory inventory() {
        return started().inventory;
    }

    @Override
    public CommandExecutor executor() {
        return started().executor;
    }

    @Override
    public Optional<CredentialSupport> credentialSupport() {
        return Optional.of(started().credentialSupport);
    }

    @Override
    public Optional<AccountDiscovery> accountDiscovery() {
        return Optional.of(started().discovery);
    }

    @Override
    public Map<String, Long> apiCallCounts() {
        Runtime current = runtime;
        return current == null ? Map.of() : current.clients.counter().snapshot();
    }

    @Override
    public synchronized void close() {
        if (runtime != null) {
            runtime.executor.close();
            runtime.clients.close();
            runtime = null;
        }
    }

    private Runtime started() {
        Runtime current = runtime;
        if (current == null) {
            throw new IllegalStateException("the aws provider has not been started");
        }
        return current;
    }

    /** Everything the started provider holds. */
    private static final class Runtime {
        private final AwsClients clients;
        private final Ec2Inventory inventory;
        private final SsmExecutor executor;
        private final AwsCredentialSupport credentialSupport;
        private final OrganizationDiscovery discovery;

        Runtime(ProviderContext context) {
            this.clients = new AwsClients(context::settings, context.executor());
            Supplier<AwsSettings> settings = clients::settings;
            RootCredentials roots = new RootCredentials(context);
            RootIdentities identities = new RootIdentities(clients, roots);
            AccountAccess access = new AccountAccess(context, identities,
                    new AssumedRoles(clients, context.clock()), settings);
            this.inventory = new Ec2Inventory(clients, access, new RegionCatalog(clients),
                    new InventoryCache(settings, context.clock()));
            this.executor = new SsmExecutor(clients, access, context.clock(), context.scheduler());
            this.credentialSupport = new AwsCredentialSupport(roots, identities, context.clock());
            this.discovery = new OrganizationDiscovery(clients, access);
        }
    }
}
