package io.pcmops.examples.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.aws.testkit.AwsTestEnvironment;
import io.pcmops.aws.testkit.Behaviour;
import io.pcmops.aws.testkit.MotoFleet;
import io.pcmops.aws.testkit.MotoServer;
import io.pcmops.aws.testkit.SdkTestClients;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * Runs {@link AwsExample} against the AWS test environment (endpoint overrides to its proxies): two members in OU
 * {@code workloads}, two instances in us-east-1 and eu-west-1 each, whose agents really run the command; member 0
 * is tagged {@code Env=prod}, member 1 {@code Env=dev}; a GovCloud account under its own root.
 */
class AwsExampleTest {

    private static final String KEYS = "export AWS_ACCESS_KEY_ID=" + AwsTestEnvironment.MANAGEMENT_KEY
            + "\nexport AWS_SECRET_ACCESS_KEY=" + AwsTestEnvironment.MANAGEMENT_SECRET + "\n";

    @TempDir
    static Path shared;

    @AutoClose
    private static AwsTestEnvironment env;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        env = AwsTestEnvironment.builder(shared.resolve("env")).members(2).regions(List.of("us-east-1", "eu-west-1"))
                .behaviour(Behaviour.realShell()).start();
    }

    @Test
    void execute_onProdWorkloads_discoversListsRunsAndGroupsTheOutput() throws IOException {
        Printed printed = execute(KEYS, "--tag", "Env=prod", "--ou", "workloads", "--command",
                "echo \"kernel $(uname -s)\"", "--max-concurrency", "50%", "--max-errors", "1");

        assertThat(printed.code()).as(printed.err()).isZero();
        assertThat(printed.out()).contains("Added credential root aws (aws, vault, key AKIA…ENT1)",
                "Discovered 3 accounts:", "Fleet: 8 targets in 2 accounts and 2 regions", "reachability: ONLINE 8",
                "(max concurrency 50%, max errors 1)", ": SUCCEEDED, 4 targets, SUCCESS 4",
                "4 targets {SUCCESS=4}: web-", "    | kernel Linux");
        assertThat(printed.out().lines()).filteredOn(line -> line.contains("Root/workloads")).hasSize(2);
        assertThat(printed.out().lines()).anySatisfy(line -> assertThat(line.split("\\s+"))
                .containsSubsequence(member(0), "us-east-1", "2", "2"));
        assertThat(printed.out()).containsPattern("Started r-\\S+ on 4 targets");
        assertSecretsHidden(printed, AwsTestEnvironment.MANAGEMENT_KEY, AwsTestEnvironment.MANAGEMENT_SECRET);
    }

    @Test
    void execute_whenTargetsFail_exitsOneWithOutputsAndReasons() throws IOException {
        List<String> dev = env.instancesOf(member(1));
        env.simulator().update(dev.get(0), b -> b.behaviour(Behaviour.scripted(2, "", "no space left\n",
                Duration.ZERO)));
        env.simulator().update(dev.get(1), b -> b.managed(false));
        try {
            Printed printed = execute(KEYS, "--tag", "Env=dev", "--regions", "us-east-1", "--command", "echo ok",
                    "--max-errors", "100%");

            assertThat(printed.code()).as(printed.err()).isEqualTo(1);
            assertThat(printed.out()).contains(": COMPLETED_WITH_FAILURES, 2 targets, FAILED 1, NOT_EXECUTED 1",
                    "1 target {FAILED=1}: ", "    ! no space left",
                    "1 target NOT_EXECUTED (unreachable: no agent is registered for this target)");
        } finally {
            env.simulator().update(dev.get(0), b -> b.behaviour(Behaviour.realShell()));
            env.simulator().update(dev.get(1), b -> b.managed(true));
        }
    }

    @Test
    void execute_inGovCloud_listsTheRootsOwnAccountWithoutAnOrganization() throws IOException {
        Credentials gov = govCredentials();
        String json = "{\"Credentials\": {\"AccessKeyId\": \"" + gov.accessKeyId() + "\", \"SecretAccessKey\": \""
                + gov.secretAccessKey() + "\", \"SessionToken\": \"" + gov.sessionToken() + "\"}}";

        Printed printed = execute(json, "--partition", "aws-us-gov", "--root", "gov", "--regions", "us-gov-west-1");

        assertThat(printed.code()).as(printed.err()).isZero();
        assertThat(printed.out()).contains("Added credential root gov (aws-us-gov, vault, key ASIA…",
                "No accounts discovered (", "Fleet: 2 targets in 1 account and 1 region", "No --command given");
        assertThat(printed.out().lines()).anySatisfy(line -> assertThat(line.split("\\s+"))
                .containsSubsequence(env.govAccount(), "us-gov-west-1", "2", "2"));
        assertSecretsHidden(printed, gov.accessKeyId(), gov.secretAccessKey(), gov.sessionToken());
    }

    private Printed execute(String keys, String... selection) throws IOException {
        Path keysFile = Files.writeString(dir.resolve("keys.txt"), keys);
        List<String> args = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString(), "--keys-file",
                keysFile.toString(), "--endpoint", env.motoProxy().endpoint().toString(), "--setting",
                "endpoint.ssm=" + env.ssmProxy().endpoint(), "--setting", "pollInterval=100ms"));
        args.addAll(List.of(selection));
        if (!args.contains("--regions")) {
            args.addAll(List.of("--regions", "us-east-1,eu-west-1"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AwsExample.execute(args.toArray(String[]::new), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        Files.delete(keysFile);
        return new Printed(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private void assertSecretsHidden(Printed printed, String... secrets) throws IOException {
        for (String secret : secrets) {
            assertThat(printed.out() + printed.err()).doesNotContain(secret);
            try (Stream<Path> files = Files.walk(dir.resolve("data"))) {
                assertThat(files.filter(Files::isRegularFile)).noneSatisfy(file -> assertThat(
                        new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).contains(secret));
            }
        }
    }

    private static Credentials govCredentials() {
        try (SdkAsyncHttpClient http = SdkTestClients.netty()) {
            return new MotoFleet(MotoServer.endpoint(), http, AwsTestEnvironment.MANAGEMENT_KEY)
                    .assumeRole("aws-us-gov", env.govAccount(), "GovOperator");
        }
    }

    private static String member(int index) {
        return env.members().get(index);
    }

    /** What one execution printed, and its exit code. */
    private record Printed(int code, String out, String err) {
    }
}
