package io.pcmops.cli;

import static io.pcmops.cli.AwsCli.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pcmops.aws.testkit.AwsTestEnvironment;
import io.pcmops.aws.testkit.Behaviour;
import io.pcmops.cli.support.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} and {@code runs show|output|export} with the aws provider against the AWS test environment: two member
 * accounts with two instances in us-east-1 and eu-west-1 each, whose agents really run the scripts. In us-east-1
 * one instance of member 0 fails and one of member 1 has no SSM agent (the "mixed" run); eu-west-1 stays healthy.
 */
class AwsRunCommandTest {

    private static final Pattern STARTED = Pattern.compile("started run (\\S+) on");
    private static final String COMMAND = "echo \"patched $(uname -s)\"";

    @RegisterExtension
    static final AwsEnvironmentExtension AWS = new AwsEnvironmentExtension(b -> b.members(2)
            .regions(List.of("us-east-1", "eu-west-1")).govAccount(null).behaviour(Behaviour.realShell()));

    @TempDir
    static Path dir;

    private static AwsTestEnvironment env;
    private static CliHarness.Result mixed;
    private static String failing;
    private static String unmanaged;

    @BeforeAll
    static void start() {
        env = AWS.env();
        AwsCli.configured(data(), env);
        ok(AwsCli.addRoot(data(), "main", "aws", AwsCli.managementKeys()));
        ok(cli().run("accounts", "discover", "--root", "main"));
        failing = env.instancesOf(member(0)).get(0);
        unmanaged = env.instancesOf(member(1)).get(0);
        env.simulator().update(failing, b -> b.behaviour(Behaviour.scripted(3, "", "disk full\n", Duration.ZERO)));
        env.simulator().update(unmanaged, b -> b.managed(false));
        mixed = cli().run("run", "--provider", "aws", "--accounts", member(0) + "," + member(1), "--regions",
                "us-east-1", "--command", COMMAND, "--max-errors", "100%", "--yes");
    }

    @Test
    void run_whenEveryTargetSucceeds_exitsZeroWithOneOutput() {
        CliHarness.Result result = cli().run("run", "--provider", "aws", "--accounts", member(0), "--regions",
                "eu-west-1", "--command", COMMAND, "--max-concurrency", "50%", "--yes");

        ok(result);
        assertThat(result.out()).contains("2 targets", "region        eu-west-1 2", "SUCCEEDED", "SUCCESS 2",
                "Output (identical on every target):", "| patched Linux");
        assertThat(result.err()).contains("started run r-");
    }

    @Test
    void run_whenOutcomesMixed_exitsOneAndGivesTheReasonOfEachFailure() {
        assertThat(mixed.exitCode()).as(mixed.err()).isEqualTo(ExitCodes.FAILURES);
        assertThat(mixed.out()).contains("COMPLETED_WITH_FAILURES  4 targets", "SUCCESS 2  FAILED 1  NOT_EXECUTED 1",
                "NOT_EXECUTED 1: unreachable: no agent is registered for this target", "Output (2 distinct):",
                "| patched Linux", "| disk full");
    }

    @Test
    void run_whenAssumeRoleDeniedBeforeTheAnswer_thatAccountIsNotExecuted() {
        CliHarness.Result result = cli().interactive("y\n", () -> env.motoProxy().denyAssumeRole(
                env.roleArn(member(1)))).run("run", "--provider", "aws", "--accounts", member(0) + "," + member(1),
                "--regions", "eu-west-1", "--command", COMMAND);

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.FAILURES);
        assertThat(result.err()).contains("Run on these 4 targets? [y/N]");
        assertThat(result.out()).contains("SUCCESS 2  NOT_EXECUTED 2", "NOT_EXECUTED 2: credentials: AssumeRole into "
                + env.roleArn(member(1)) + " failed: AccessDenied", "Output (1 distinct):", "| patched Linux");
    }

    @Test
    void run_whenAssumeRoleDeniedWhilePlanning_runsTheRestAndNamesTheAccount() {
        env.motoProxy().denyAssumeRole(env.roleArn(member(1)));

        CliHarness.Result result = cli().run("run", "--provider", "aws", "--accounts", member(0) + "," + member(1),
                "--regions", "eu-west-1", "--command", COMMAND, "--yes");

        ok(result);
        assertThat(result.out()).contains("not listed: aws/" + member(1), "AccessDenied", "SUCCEEDED  2 targets");
    }

    @Test
    void runsShow_ofTheMixedRun_givesEachTargetsStateAndReason() {
        CliHarness.Result table = ok(cli().run("runs", "show", mixedRunId()));
        JsonNode json = Json.parse(ok(cli().run("runs", "show", mixedRunId(), "--output", "json")).out());

        assertThat(table.out()).contains("Run " + mixedRunId(), "COMPLETED_WITH_FAILURES", "provider      aws");
        assertThat(table.out().lines()).anySatisfy(row -> assertThat(row).contains(failing, "FAILED", "3"))
                .anySatisfy(row -> assertThat(row).contains(unmanaged, "NOT_EXECUTED", "unreachable"));
        assertThat(json.get("run").get("counts").get("SUCCESS").asInt()).isEqualTo(2);
        assertThat(json.get("invocations")).hasSize(4).anySatisfy(i -> {
            assertThat(i.get("target").get("targetId").asText()).isEqualTo(failing);
            assertThat(i.get("exitCode").asInt()).isEqualTo(3);
            assertThat(i.get("stderr").asText()).isEqualTo("disk full\n");
            assertThat(i.get("providerRef").asText()).isNotBlank();
        });
        assertThat(json.get("outputGroups")).hasSize(2);
    }

    @Test
    void runsOutput_ofTheMixedRun_printsEachTargetsFullOutput() {
        CliHarness.Result one = ok(cli().run("runs", "output", mixedRunId(), "--target", failing));
        JsonNode all = Json.parse(ok(cli().run("runs", "output", mixedRunId(), "--output", "json")).out());

        assertThat(one.out()).contains("== " + failing, "FAILED", "exit 3", "-- stderr", "disk full");
        assertThat(all).hasSize(4).filteredOn(o -> o.get("state").asText().equals("SUCCESS")).hasSize(2)
                .allSatisfy(o -> assertThat(o.get("stdout").get("text").asText()).isEqualTo("patched Linux\n"));
    }

    @Test
    void runsExport_ofTheMixedRun_writesEveryFormat() throws Exception {
        CliHarness.Result csv = ok(cli().run("runs", "export", mixedRunId(), "--format", "csv"));
        for (String format : List.of("json", "md", "html")) {
            Path file = dir.resolve("report." + format);
            ok(cli().run("runs", "export", mixedRunId(), "--format", format, "-o", file.toString()));
            assertThat(Files.readString(file)).contains(mixedRunId(), failing, unmanaged, "NOT_EXECUTED");
        }

        assertThat(csv.out()).startsWith("run_id,provider,partition,account,region,target_id,target_name,state,"
                + "reason,exit_code,started_at,ended_at,stdout,stderr\r\n");
        assertThat(csv.out().split("\r\n")).hasSize(5).anySatisfy(row -> assertThat(row)
                .startsWith(mixedRunId() + ",aws,aws," + member(1) + ",us-east-1," + unmanaged)
                .contains(",NOT_EXECUTED,unreachable: no agent is registered for this target,"));
    }

    private static String mixedRunId() {
        Matcher matcher = STARTED.matcher(mixed.err());
        assertThat(matcher.find()).as("run id in: %s", mixed.err()).isTrue();
        return matcher.group(1);
    }

    private static String member(int index) {
        return env.members().get(index);
    }

    private static Path data() {
        return dir.resolve("data");
    }

    private static CliHarness cli() {
        return new CliHarness(data());
    }
}
