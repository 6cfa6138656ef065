package io.pcmops.cli;

import static io.pcmops.cli.AwsCli.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pcmops.aws.testkit.AwsTestEnvironment;
import io.pcmops.aws.testkit.SimulatedInstance;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code accounts}, {@code targets list} and {@code plan} with the aws provider against the AWS test environment: an
 * organization with three members in OU {@code workloads} (instances in three regions, tagged {@code Env=prod} in
 * members 0 and 2, {@code Env=dev} in member 1; SSM reports one of member 1's as Windows) and a GovCloud account
 * under its own root.
 *
 * <p>Moto does not implement EC2's {@code platform} filter, which the provider sends for {@code --platform windows}
 * (it answers HTTP 500), so the platform filter is checked with {@code --platform linux}, which core applies to the
 * platform SSM reports.
 */
class AwsFleetCommandsTest {

    private static final String REGIONS = "us-east-1,eu-west-1,ap-southeast-2";

    @RegisterExtension
    static final AwsEnvironmentExtension AWS = new AwsEnvironmentExtension(b -> b);

    @TempDir
    static Path dir;

    private static AwsTestEnvironment env;
    private static CliHarness.Result discovered;
    private static String windows;

    @BeforeAll
    static void start() {
        env = AWS.env();
        windows = env.instancesOf(env.members().get(1)).get(0);
        env.simulator().update(windows, b -> b.platform(SimulatedInstance.Platform.WINDOWS));
        Path data = dir.resolve("data");
        AwsCli.configured(data, env);
        ok(AwsCli.addRoot(data, "main", "aws", AwsCli.managementKeys()));
        ok(AwsCli.addRoot(data, "gov", "aws-us-gov", AwsCli.assumeRoleJson(AwsCli.govCredentials(env.govAccount()))));
        discovered = cli().run("accounts", "discover", "--root", "main");
    }

    @Test
    void accountsDiscover_withOrganization_showsEveryMemberWithItsOuPath() {
        ok(discovered);
        assertThat(discovered.err()).contains("discovered 4 accounts");
        assertThat(discovered.out().lines().findFirst().orElseThrow()).contains("ACCOUNT", "OU PATH");
        for (String member : env.members()) {
            assertThat(discovered.out().lines()).anySatisfy(row -> assertThat(row)
                    .contains("aws", member, "ACTIVE", "Root/workloads", "main", "discovered"));
        }
        assertThat(discovered.out()).contains(env.managementAccount());
    }

    @Test
    void accountsList_json_carriesTheOrganizationPath() {
        JsonNode accounts = Json.parse(ok(cli().run("accounts", "list", "--output", "json")).out());

        assertThat(ids(accounts, "accountId")).containsAll(env.members()).contains(env.managementAccount());
        JsonNode member = find(accounts, "accountId", env.members().get(0));
        assertThat(member.get("partition").asText()).isEqualTo("aws");
        assertThat(member.get("credentialRootId").asText()).isEqualTo("main");
        assertThat(member.get("source").asText()).isEqualTo("discovered");
        assertThat(ids(member.get("organizationPath"), "name")).containsExactly("Root", "workloads");
        assertThat(member.get("organizationPath").get(0).get("id").asText()).startsWith("r-");
    }

    @Test
    void targetsList_allAccountsInCommercialRegions_listsEveryMemberInstance() {
        JsonNode listing = targets("--accounts", "all", "--regions", "us-east-1,eu-west-1");

        assertThat(listing.get("errors")).isEmpty();
        assertThat(ids(listing.get("targets"), "targetId")).containsExactlyInAnyOrderElementsOf(env.instances()
                .stream().filter(i -> !i.region().equals("ap-southeast-2") && i.partition().equals("aws"))
                .map(AwsTestEnvironment.Placed::id).toList());
        assertThat(listing.get("targets")).allSatisfy(t -> {
            assertThat(t.get("reachability").get("status").asText()).isEqualTo("ONLINE");
            assertThat(t.get("name").asText()).startsWith("web-");
        });
    }

    @Test
    void targetsList_tableAndCsv_showOneRowPerInstance() {
        CliHarness.Result table = ok(cli().run("targets", "list", "--provider", "aws", "--accounts",
                env.members().get(0), "--regions", "eu-west-1"));
        CliHarness.Result csv = ok(cli().run("targets", "list", "--provider", "aws", "--accounts",
                env.members().get(0), "--regions", "eu-west-1", "--output", "csv"));

        List<String> ids = env.instancesOf(env.members().get(0)).stream()
                .filter(id -> table.out().contains(id)).toList();
        assertThat(ids).hasSize(2);
        assertThat(table.out().lines()).hasSize(3).first().asString().contains("TARGET ID", "REACHABILITY");
        assertThat(table.out().lines().skip(1)).allSatisfy(row -> assertThat(row)
                .contains("aws", env.members().get(0), "eu-west-1", "linux", "running", "ONLINE"));
        assertThat(csv.out().split("\r\n")).hasSize(3);
        assertThat(csv.out()).startsWith("provider,partition,account,region,target_id,name,platform,state,reachability");
    }

    @Test
    void targetsList_withTagOuAndPlatform_narrowsTheFleet() {
        JsonNode dev = targets("--accounts", "all", "--regions", REGIONS, "--tag", "Env=dev");
        JsonNode prodInWorkloads = targets("--accounts", "all", "--tag", "Env=prod", "--ou", "workloads");
        JsonNode linux = targets("--accounts", "all", "--platform", "linux");

        assertThat(ids(dev.get("targets"), "account")).hasSize(6).containsOnly(env.members().get(1));
        assertThat(ids(prodInWorkloads.get("targets"), "account")).hasSize(12)
                .containsOnly(env.members().get(0), env.members().get(2));
        assertThat(prodInWorkloads.get("targets")).allSatisfy(t -> assertThat(t.get("tags").get("Env").asText())
                .isEqualTo("prod"));
        assertThat(ids(linux.get("targets"), "targetId")).hasSize(env.instances().size() - 1)
                .doesNotContain(windows);
        assertThat(ids(linux.get("targets"), "platform")).containsOnly("linux");
    }

    @Test
    void targetsList_inGovCloud_listsOnlyTheGovRootsAccount() {
        JsonNode gov = targets("--accounts", "all", "--partition", "aws-us-gov");

        assertThat(gov.get("targets")).hasSize(2).allSatisfy(t -> {
            assertThat(t.get("partition").asText()).isEqualTo("aws-us-gov");
            assertThat(t.get("account").asText()).isEqualTo(env.govAccount());
            assertThat(t.get("region").asText()).isEqualTo("us-gov-west-1");
        });
    }

    @Test
    void targetsList_whenAssumeRoleDenied_reportsThatAccountAndListsTheRest() {
        String denied = env.members().get(1);
        env.motoProxy().denyAssumeRole(env.roleArn(denied));

        CliHarness.Result result = ok(cli().run("targets", "list", "--provider", "aws", "--ou", "workloads",
                "--regions", "us-east-1", "--output", "json"));

        assertThat(result.err()).contains("not listed: aws/" + denied, "AccessDenied");
        assertThat(ids(Json.parse(result.out()).get("targets"), "account")).hasSize(4)
                .containsOnly(env.members().get(0), env.members().get(2));
    }

    @Test
    void plan_overTheWholeFleet_countsByPartitionAccountRegionAndReachability() {
        CliHarness.Result table = ok(cli().run("plan", "--provider", "aws", "--accounts", "all"));
        JsonNode json = Json.parse(ok(cli().run("plan", "--provider", "aws", "--accounts", "all", "--output",
                "json")).out());

        assertThat(table.out()).contains("20 targets", "partition     aws 18, aws-us-gov 2",
                "region        ap-southeast-2 6, eu-west-1 6, us-east-1 6, us-gov-west-1 2",
                "platform      linux 19, windows 1", "reachability  ONLINE 20");
        assertThat(table.out()).contains(env.members().get(0) + " 6", env.govAccount() + " 2");
        assertThat(json.get("blastRadius").get("total").asInt()).isEqualTo(20);
        assertThat(json.get("blastRadius").get("byAccount").get(env.members().get(1)).asInt()).isEqualTo(6);
        assertThat(json.get("targets")).hasSize(20);
        assertThat(json.get("id").asText()).startsWith("p-");
    }

    private static CliHarness cli() {
        return new CliHarness(dir.resolve("data"));
    }

    private static JsonNode targets(String... selector) {
        List<String> args = new ArrayList<>(List.of("targets", "list", "--provider", "aws", "--output", "json"));
        args.addAll(List.of(selector));
        JsonNode listing = Json.parse(ok(cli().run(args.toArray(String[]::new))).out());
        assertThat(listing.get("errors")).as("parts not listed").isEmpty();
        return listing;
    }

    private static List<String> ids(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.get(field).asText()).toList();
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false).filter(node -> node.get(field).asText()
                .equals(value)).findFirst().orElseThrow();
    }
}
