package io.pcmops.bench.aws;

import io.pcmops.Pcmops;
import io.pcmops.aws.testkit.AwsTestEnvironment;
import io.pcmops.aws.testkit.SdkTestClients;
import io.pcmops.model.Selector;
import io.pcmops.model.TargetListing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2AsyncClient;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * P1: inventory of 10,000 instances in 20 accounts × 4 regions in moto (SSM reachability from the simulator), with
 * 50 ms added to every call by the fault proxies. Prints the wall time and calls by operation, against (a) the floor
 * (the longest account×region chain — AssumeRole, DescribeInstances pages, then its DescribeInstanceInformation
 * batches in parallel — timed alone through the same proxies) and (b) a loop of the AWS CLI
 * ({@code aws sts assume-role} per account, {@code aws ec2 describe-instances} per region) through the same proxy.
 * Needs {@code PCMOPS_MOTO_ENDPOINT}; args: [accounts] [regions] [perRegion] [runs].
 */
public final class InventoryBenchmark {

    private static final List<String> REGIONS = List.of("us-east-1", "us-west-2", "eu-west-1", "ap-southeast-2");

    public static void main(String[] args) throws Exception {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int regions = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int perRegion = args.length > 2 ? Integer.parseInt(args[2]) : 125;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        Path dir = Files.createTempDirectory("pcmops-bench-inventory");
        long setup = System.nanoTime();
        try (AwsTestEnvironment env = AwsTestEnvironment.builder(dir).members(accounts)
                .regions(REGIONS.subList(0, regions)).perRegion(perRegion).govAccount(null)
                .setting("inventoryConcurrency", "128").start()) {
            Pcmops pcm = env.pcm();
            System.out.printf("setup: %d instances in %d accounts x %d regions, %.1f s%n", env.instances().size(),
                    accounts, regions, seconds(setup));
            env.motoProxy().latency(Duration.ofMillis(50));
            env.ssmProxy().latency(Duration.ofMillis(50));
            Selector all = Selector.builder().provider("aws").accounts(env.members()).build();
            for (int run = 1; run <= runs; run++) {
                env.motoProxy().reset();
                env.ssmProxy().reset();
                env.motoProxy().latency(Duration.ofMillis(50));
                env.ssmProxy().latency(Duration.ofMillis(50));
                long start = System.nanoTime();
                TargetListing listing = pcm.actingAs("bench-" + run).targets().list(all, true).join();
                double wall = seconds(start);
                Map<String, Long> calls = new TreeMap<>(env.motoProxy().requestCounts());
                calls.putAll(env.ssmProxy().requestCounts());
                System.out.printf("pcmops run %d: %.3f s, %d targets, %d errors, calls %s%n", run, wall,
                        listing.targets().size(), listing.errors().size(), calls);
            }
            System.out.printf("floor (one account x region chain alone, best of 3): %.3f s%n", floor(env));
            env.motoProxy().latency(Duration.ZERO);
            env.ssmProxy().latency(Duration.ZERO);
            long quiet = System.nanoTime();
            int quietTargets = pcm.actingAs("bench-quiet").targets().list(all, true).join().targets().size();
            System.out.printf("pcmops with no added latency: %.3f s, %d targets%n", seconds(quiet), quietTargets);
            System.out.printf("server-bound floor (the same DescribeInstances calls one after another, no added "
                    + "latency): %.3f s%n", serial(env, regions));
            System.out.printf("aws cli loop: %.3f s%n", cliLoop(env, regions));
        }
    }

    private static double floor(AwsTestEnvironment env) throws Exception {
        double best = Double.MAX_VALUE;
        try (SdkAsyncHttpClient http = SdkTestClients.netty()) {
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                Credentials member = assume(env, http, env.members().get(0));
                StaticCredentialsProvider credentials = StaticCredentialsProvider.create(AwsSessionCredentials
                        .create(member.accessKeyId(), member.secretAccessKey(), member.sessionToken()));
                List<String> ids = new ArrayList<>();
                try (Ec2AsyncClient ec2 = Ec2AsyncClient.builder().endpointOverride(env.motoProxy().endpoint())
                        .region(Region.US_EAST_1).httpClient(http).credentialsProvider(credentials).build();
                        SsmAsyncClient ssm = SsmAsyncClient.builder().endpointOverride(env.ssmProxy().endpoint())
                                .region(Region.US_EAST_1).httpClient(http).credentialsProvider(credentials).build()) {
                    ec2.describeInstancesPaginator(r -> r.maxResults(1000)).subscribe(p -> p.reservations()
                            .forEach(r -> r.instances().stream().map(Instance::instanceId).forEach(ids::add))).join();
                    List<CompletableFuture<?>> batches = new ArrayList<>();
                    for (int b = 0; b < ids.size(); b += 50) {
                        List<String> batch = ids.subList(b, Math.min(ids.size(), b + 50));
                        batches.add(ssm.describeInstanceInformation(r -> r.maxResults(50)
                                .filters(f -> f.key("InstanceIds").values(batch))));
                    }
                    CompletableFuture.allOf(batches.toArray(CompletableFuture[]::new)).join();
                }
                best = Math.min(best, seconds(start));
            }
        }
        return best;
    }

    /** Times moto answering every account's DescribeInstances in every region, one call after another. */
    private static double serial(AwsTestEnvironment env, int regions) {
        long start = System.nanoTime();
        try (SdkAsyncHttpClient http = SdkTestClients.netty()) {
            for (String account : env.members()) {
                Credentials member = assume(env, http, account);
                StaticCredentialsProvider credentials = StaticCredentialsProvider.create(AwsSessionCredentials
                        .create(member.accessKeyId(), member.secretAccessKey(), member.sessionToken()));
                for (String region : REGIONS.subList(0, regions)) {
                    try (Ec2AsyncClient ec2 = Ec2AsyncClient.builder().endpointOverride(env.motoProxy().endpoint())
                            .region(Region.of(region)).httpClient(http).credentialsProvider(credentials).build()) {
                        ec2.describeInstancesPaginator(r -> r.maxResults(1000)).subscribe(p -> { }).join();
                    }
                }
            }
        }
        return seconds(start);
    }

    private static Credentials assume(AwsTestEnvironment env, SdkAsyncHttpClient http, String account) {
        try (var sts = software.amazon.awssdk.services.sts.StsAsyncClient.builder()
                .endpointOverride(env.motoProxy().endpoint()).region(Region.US_EAST_1).httpClient(http)
                .credentialsProvider(SdkTestClients.credentials(AwsTestEnvironment.MANAGEMENT_KEY)).build()) {
            return sts.assumeRole(r -> r.roleArn(env.roleArn(account)).roleSessionName("floor")).join().credentials();
        }
    }

    private static double cliLoop(AwsTestEnvironment env, int regions) throws Exception {
        String endpoint = env.motoProxy().endpoint().toString();
        long start = System.nanoTime();
        for (String account : env.members()) {
            String json = cli(List.of("aws", "--endpoint-url", endpoint, "sts", "assume-role", "--role-arn",
                    env.roleArn(account), "--role-session-name", "cli", "--query",
                    "Credentials.[AccessKeyId,SecretAccessKey,SessionToken]", "--output", "text"),
                    Map.of("AWS_ACCESS_KEY_ID", AwsTestEnvironment.MANAGEMENT_KEY,
                            "AWS_SECRET_ACCESS_KEY", AwsTestEnvironment.MANAGEMENT_SECRET));
            String[] parts = json.trim().split("\\s+");
            for (String region : REGIONS.subList(0, regions)) {
                cli(List.of("aws", "--endpoint-url", endpoint, "--region", region, "ec2", "describe-instances",
                        "--output", "json"), Map.of("AWS_ACCESS_KEY_ID", parts[0], "AWS_SECRET_ACCESS_KEY", parts[1],
                        "AWS_SESSION_TOKEN", parts[2]));
            }
        }
        return seconds(start);
    }

    private static String cli(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("AWS_DEFAULT_REGION", "us-east-1");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("aws cli failed: " + out);
        }
        return out;
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
