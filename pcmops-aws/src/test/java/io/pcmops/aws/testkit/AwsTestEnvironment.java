package io.pcmops.aws.testkit;

import io.pcmops.Pcmops;
import io.pcmops.PcmopsBuilder;
import io.pcmops.aws.AwsProvider;
import io.pcmops.model.CredentialRoot;
import io.pcmops.model.CredentialSource;
import io.pcmops.testkit.TestLibraries;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * A complete AWS test environment on loopback, for the provider's tests and for the CLI and HTTP adapters:
 * moto (EC2, STS, Organizations, S3) behind a {@link FaultProxy}, the {@link SsmFleetSimulator} behind another, an
 * organization with member accounts in an OU {@code workloads}, instances in several regions of each member
 * (registered in the simulator with the same ids), a GovCloud account (and optionally a China account) under its own
 * root, and a {@link Pcmops} whose {@code aws} provider points at the proxies with the roots {@code main} (partition
 * {@code aws}, pasted environment lines), {@code gov} ({@code aws-us-gov}) and {@code cn} ({@code aws-cn}) (both
 * pasted {@code sts assume-role} JSON) and the accounts discovered. Starting one allows the provider's endpoint
 * overrides outside AWS in this JVM ({@link EmulatorEndpoints}).
 *
 * {@snippet :
 * try (AwsTestEnvironment env = AwsTestEnvironment.builder(tempDir).members(3).start()) {
 *     TargetListing all = env.pcm().targets().list(Selector.builder().provider("aws").build(), true).join();
 *     env.motoProxy().denyAssumeRole(env.roleArn(env.members().get(0)));   // that account's targets are refused
 * }
 * }
 *
 * <p>Needs moto ({@link MotoServer}); it resets moto's state when it starts, so environments must not overlap.
 */
public final class AwsTestEnvironment implements AutoCloseable {

    public static final String MANAGEMENT_KEY = "AKIAPCMOPSMANAGEMENT1";
    public static final String MANAGEMENT_SECRET = "managementsecretkey0000000000000000000000";
    public static final String ROLE = "OrganizationAccountAccessRole";
    /** The simulator's time scale: one simulated second lasts one real millisecond. */
    public static final double TIME_SCALE = 0.001;
    /** The default behaviour: scripted exit 0 with {@code ok}, 5 simulated seconds (5 ms at the default scale). */
    public static final Behaviour OK = Behaviour.scripted(0, "ok\n", "", Duration.ofSeconds(5));

    private final Builder options;
    private final SdkAsyncHttpClient http = SdkTestClients.netty();
    private final SsmFleetSimulator simulator;
    private final FaultProxy motoProxy;
    private final FaultProxy ssmProxy;
    private final List<String> members;
    private final List<PartitionRoot> partitionRoots = new ArrayList<>();
    private final List<Placed> instances = new ArrayList<>();
    private final Map<String, Credentials> memberCredentials = new LinkedHashMap<>();
    private Pcmops pcm;

    private AwsTestEnvironment(Builder options) {
        this.options = options;
        EmulatorEndpoints.allow();
        URI moto = MotoServer.endpoint();
        MotoServer.reset();
        this.simulator = options.simulator.apply(SsmFleetSimulator.builder().timeScale(TIME_SCALE)
                .visibilityDelay(Duration.ofMillis(200)).dispatchDelay(Duration.ofMillis(100))
                .accountResolver(MotoServer.accountResolver()).outputSink(SdkS3OutputSink.forMoto(moto))).start();
        this.motoProxy = FaultProxy.start(moto);
        this.ssmProxy = FaultProxy.start(simulator.endpoint());
        MotoFleet fleet = new MotoFleet(moto, http, MANAGEMENT_KEY);
        this.members = fleet.organization(options.members);
        for (int m = 0; m < members.size(); m++) {
            Credentials credentials = fleet.assumeRole("aws", members.get(m), ROLE);
            memberCredentials.put(members.get(m), credentials);
            for (String region : options.regions) {
                place(fleet, credentials, "aws", members.get(m), region, m % 2 == 0 ? "prod" : "dev");
            }
        }
        addRoot(fleet, new PartitionRoot("gov", "aws-us-gov", options.govAccount, "us-gov-west-1", "GovOperator"));
        addRoot(fleet, new PartitionRoot("cn", "aws-cn", options.chinaAccount, "cn-north-1", "ChinaOperator"));
    }

    private void addRoot(MotoFleet fleet, PartitionRoot root) {
        if (root.account() != null) {
            Credentials credentials = fleet.assumeRole(root.partition(), root.account(), root.role());
            partitionRoots.add(root.withCredentials(credentials));
            place(fleet, credentials, root.partition(), root.account(), root.region(), "prod");
        }
    }

    /** Returns a builder; {@code dataDirectory} holds the library's store. */
    public static Builder builder(Path dataDirectory) {
        return new Builder(dataDirectory);
    }

    /** Returns a builder of the smallest useful environment: one member with three instances in us-east-1. */
    public static Builder oneAccount(Path dataDirectory) {
        return builder(dataDirectory).members(1).regions(List.of("us-east-1")).perRegion(3).govAccount(null);
    }

    private void place(MotoFleet fleet, Credentials credentials, String partition, String account, String region,
                       String env) {
        String prefix = "web-" + account.substring(8) + "-" + region;
        List<String> ids = fleet.launch(credentials, region, options.perRegion, prefix, Map.of("Env", env));
        for (String id : ids) {
            simulator.register(options.instance.apply(SimulatedInstance.builder().instanceId(id).account(account)
                    .region(region).behaviour(options.behaviour)).build());
            instances.add(new Placed(id, partition, account, region, env));
        }
    }

    /** Builds the library with the aws provider, its settings, both roots, and the discovered accounts. */
    public Pcmops openLibrary(Path dataDirectory, UnaryOperator<PcmopsBuilder> customise, boolean firstTime) {
        Pcmops library = customise.apply(TestLibraries.builder(dataDirectory, new AwsProvider())).build();
        if (firstTime) {
            settings().forEach((key, value) -> library.settings().put("aws", key, value));
            library.credentials().add(root("main", "aws"), "export AWS_ACCESS_KEY_ID=" + MANAGEMENT_KEY
                    + "\nexport AWS_SECRET_ACCESS_KEY=" + MANAGEMENT_SECRET + "\n");
            for (PartitionRoot own : partitionRoots) {
                library.credentials().add(root(own.id(), own.partition()), own.assumeRoleJson());
            }
            library.accounts().discover("main").join();
        }
        return library;
    }

    /** The provider settings the environment uses. */
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String service : List.of("ec2", "sts", "organizations", "s3")) {
            settings.put("endpoint." + service, motoProxy.endpoint().toString());
        }
        settings.put("endpoint.ssm", ssmProxy.endpoint().toString());
        settings.put("pollInterval", options.pollInterval.toMillis() + "ms");
        List<String> regions = new ArrayList<>(options.regions);
        regions.add("us-gov-west-1");
        if (options.chinaAccount != null) {
            regions.add("cn-north-1");
        }
        if (options.regionsSetting) {
            settings.put("regions", String.join(",", regions));
        }
        settings.putAll(options.settings);
        return settings;
    }

    private static CredentialRoot root(String id, String partition) {
        return new CredentialRoot(id, "aws", partition, CredentialSource.vault(), null, null, null, null, null, null);
    }

    public Pcmops pcm() {
        if (pcm == null) {
            pcm = openLibrary(options.dataDirectory, b -> b, true);
        }
        return pcm;
    }

    public SsmFleetSimulator simulator() { return simulator; }
    public FaultProxy motoProxy() { return motoProxy; }
    public FaultProxy ssmProxy() { return ssmProxy; }
    public List<String> members() { return members; }
    public String govAccount() { return options.govAccount; }
    public String chinaAccount() { return options.chinaAccount; }
    public List<Placed> instances() { return List.copyOf(instances); }

    /** Removes the faults of both proxies and zeroes their counters. */
    public void resetProxies() {
        motoProxy.reset();
        ssmProxy.reset();
    }

    /** The management account (moto's default account). */
    public String managementAccount() {
        return MotoServer.DEFAULT_ACCOUNT;
    }

    /** The role ARN the provider assumes into a member account. */
    public String roleArn(String account) {
        return "arn:aws:iam::" + account + ":role/" + ROLE;
    }

    /** Credentials of a member account (assumed in moto when the environment started). */
    public Credentials memberCredentials(String account) {
        return memberCredentials.get(account);
    }

    /** Creates an S3 bucket in the management account (us-east-1), e.g. for SSM output. */
    public void createBucket(String name) {
        new MotoFleet(MotoServer.endpoint(), http, MANAGEMENT_KEY).createBucket(name);
    }

    /** Instance ids of one account. */
    public List<String> instancesOf(String account) {
        return instances.stream().filter(i -> i.account().equals(account)).map(Placed::id).toList();
    }

    @Override
    public void close() {
        if (pcm != null) {
            pcm.close();
        }
        simulator.close();
        motoProxy.close();
        ssmProxy.close();
        http.close();
    }

    /** An instance placed in moto and the simulator. */
    public record Placed(String id, String partition, String account, String region, String env) {
    }

    /** Configures an {@link AwsTestEnvironment}. */
    public static final class Builder {
        private final Path dataDirectory;
        private int members = 3;
        private List<String> regions = List.of("us-east-1", "eu-west-1", "ap-southeast-2");
        private int perRegion = 2;
        private String govAccount = "210987654321";
        private String chinaAccount;
        private boolean regionsSetting = true;
        private Behaviour behaviour = OK;
        private UnaryOperator<SimulatedInstance.Builder> instance = b -> b;
        private UnaryOperator<SsmFleetSimulatorBuilder> simulator = b -> b;
        private Duration pollInterval = Duration.ofMillis(200);
        private final Map<String, String> settings = new LinkedHashMap<>();

        private Builder(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
        }

        /** Member accounts in the organization (default 3). */
        public Builder members(int value) { this.members = value; return this; }
        /** Commercial regions with instances (default us-east-1, eu-west-1, ap-southeast-2). */
        public Builder regions(List<String> value) { this.regions = List.copyOf(value); return this; }
        /** Instances per member and region (default 2). */
        public Builder perRegion(int value) { this.perRegion = value; return this; }
        /** The GovCloud account under root {@code gov}, or {@code null} for none (default 210987654321). */
        public Builder govAccount(String value) { this.govAccount = value; return this; }
        /** An {@code aws-cn} account under root {@code cn} with instances in cn-north-1, or {@code null} (default). */
        public Builder chinaAccount(String value) { this.chinaAccount = value; return this; }
        /**
         * Whether the provider gets a {@code regions} setting naming the environment's regions (default true); without
         * it the provider lists each account's enabled regions (EC2 DescribeRegions).
         */
        public Builder regionsSetting(boolean value) { this.regionsSetting = value; return this; }
        /** How every instance runs scripts (default {@link #OK}). */
        public Builder behaviour(Behaviour value) { this.behaviour = value; return this; }
        /** Changes each simulated instance (platform, ping status…). */
        public Builder instance(UnaryOperator<SimulatedInstance.Builder> value) { this.instance = value; return this; }
        /** Changes the simulator (throttling, time scale…). */
        public Builder simulator(UnaryOperator<SsmFleetSimulatorBuilder> value) { this.simulator = value; return this; }
        /** The provider's polling interval (default 200 ms). */
        public Builder pollInterval(Duration value) { this.pollInterval = value; return this; }
        /** An extra provider setting. */
        public Builder setting(String key, String value) { this.settings.put(key, value); return this; }

        /** Starts moto state, the simulator and the proxies (the library opens on first {@link #pcm()}). */
        public AwsTestEnvironment start() {
            return new AwsTestEnvironment(this);
        }
    }
}
