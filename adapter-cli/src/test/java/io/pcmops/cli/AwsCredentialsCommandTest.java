package io.pcmops.cli;

import static io.pcmops.cli.AwsCli.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pcmops.aws.testkit.AwsTestEnvironment;
import io.pcmops.aws.testkit.MotoServer;
import io.pcmops.cli.support.ExitCodes;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.sts.model.Credentials;

/** {@code pcmops credentials …} with the aws provider against moto's STS behind the test environment's proxy. */
class AwsCredentialsCommandTest {

    private static final String GOV_ACCOUNT = "210987654321";
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    @RegisterExtension
    static final AwsEnvironmentExtension AWS = new AwsEnvironmentExtension(b -> b.members(1)
            .regions(List.of("us-east-1")).perRegion(1).govAccount(null));

    @TempDir
    Path dir;

    @BeforeEach
    void configure() {
        AwsCli.configured(dir, AWS.env());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pastes")
    void add_withEachPasteFormat_validatesAndNeverRevealsTheKeys(Paste paste) {
        CliHarness.Result added = ok(AwsCli.addRoot(dir, "pasted", paste.partition(), paste.text()));
        CliHarness.Result validated = ok(new CliHarness(dir).run("credentials", "validate", "pasted",
                "--output", "json"));

        assertThat(added.out()).contains("added credential root pasted (vault, key " + mask(paste.keyId()) + ")");
        JsonNode status = Json.parse(validated.out()).get(0);
        assertThat(status.get("state").asText()).isEqualTo("VALID");
        assertThat(status.get("account").asText()).isEqualTo(paste.account());
        assertThat(status.get("maskedKey").asText()).isEqualTo(mask(paste.keyId()));
        assertNowhere(paste.secrets(), added, validated);
    }

    @Test
    void list_inEveryFormat_showsOnlyMaskedKeys() {
        ok(AwsCli.addRoot(dir, "main", "aws", AwsCli.managementKeys()));
        Credentials gov = AwsCli.govCredentials(GOV_ACCOUNT);
        ok(AwsCli.addRoot(dir, "gov", "aws-us-gov", AwsCli.assumeRoleJson(gov)));

        CliHarness.Result table = ok(new CliHarness(dir).run("credentials", "list"));
        CliHarness.Result json = ok(new CliHarness(dir).run("credentials", "list", "--output", "json"));
        CliHarness.Result csv = ok(new CliHarness(dir).run("credentials", "list", "--output", "csv"));

        assertThat(table.out().lines().skip(1)).satisfiesExactlyInAnyOrder(
                row -> assertThat(row).contains("main", "aws", "vault", "AKIA…ENT1"),
                row -> assertThat(row).contains("gov", "aws-us-gov", "vault", mask(gov.accessKeyId())));
        assertThat(Json.parse(json.out())).extracting(root -> root.get("maskedKey").asText())
                .containsExactlyInAnyOrder("AKIA…ENT1", mask(gov.accessKeyId()));
        assertThat(csv.out()).startsWith("id,provider,partition,source,").contains("main,aws,aws,vault,")
                .contains("gov,aws,aws-us-gov,vault,");
        assertNowhere(List.of(AwsTestEnvironment.MANAGEMENT_KEY, AwsTestEnvironment.MANAGEMENT_SECRET,
                gov.accessKeyId(), gov.secretAccessKey(), gov.sessionToken()), table, json, csv);
    }

    @Test
    void validate_whenCredentialsExpired_exitsFourNamingTheExpiry() {
        ok(AwsCli.addRoot(dir, "main", "aws", AwsCli.managementKeys()));
        ok(AwsCli.addRoot(dir, "old", "aws", "{\"AccessKeyId\": \"ASIAEXPIREDKEY000001\", \"SecretAccessKey\": \""
                + SECRET + "\", \"SessionToken\": \"FwoGZXIvYXdzEXPIRED\", \"Expiration\": \"2020-01-01T00:00:00Z\"}"));

        CliHarness.Result result = new CliHarness(dir).run("credentials", "validate");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.PROVIDER);
        assertThat(result.out().lines()).anySatisfy(row -> assertThat(row).contains("main", "VALID", "valid"))
                .anySatisfy(row -> assertThat(row).contains("old", "EXPIRED", "expired at 2020-01-01T00:00:00Z"));
    }

    @Test
    void validate_whenProfileIsMissing_exitsFourSayingWhy() {
        ok(new CliHarness(dir).run("credentials", "add", "--partition", "aws", "--profile",
                "pcmops-test-no-such-profile", "--id", "typo"));

        CliHarness.Result result = new CliHarness(dir).run("credentials", "validate", "typo", "--output", "json");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.PROVIDER);
        JsonNode status = Json.parse(result.out()).get(0);
        assertThat(status.get("state").asText()).isEqualTo("INVALID");
        assertThat(status.get("message").asText()).startsWith("credentials unavailable:")
                .contains("pcmops-test-no-such-profile");
    }

    @Test
    void add_withIncompletePaste_exitsTwoWithoutEchoingIt() {
        CliHarness.Result noKeyId = AwsCli.addRoot(dir, "a", "aws", "{\"SecretAccessKey\": \"" + SECRET + "\"}");
        CliHarness.Result noToken = AwsCli.addRoot(dir, "b", "aws", "ASIATEMPORARYKEY0001 " + SECRET);

        assertThat(noKeyId.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noKeyId.err()).contains("the pasted credentials have no access key id").hasLineCount(1);
        assertThat(noToken.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noToken.err()).contains("temporary access key ASIA…0001 needs its session token");
        assertNowhere(List.of(SECRET, "ASIATEMPORARYKEY0001"), noKeyId, noToken);
        assertThat(Json.parse(new CliHarness(dir).run("credentials", "list", "--output", "json").out())).isEmpty();
    }

    @Test
    void add_fromTerminal_readsTheKeysWithoutEchoUntilAnEmptyLine() {
        CliHarness.Result added = new CliHarness(dir).typedSecret("[ops]", "aws_access_key_id = AKIATYPEDATPROMPT001",
                "aws_secret_access_key = " + SECRET, "", "never read").run("credentials", "add", "--partition", "aws",
                "--stdin", "--id", "typed");

        ok(added);
        assertThat(added.err()).contains("Paste the credentials");
        assertThat(added.out()).contains("key AKIA…T001");
        assertThat(ok(new CliHarness(dir).run("credentials", "validate", "typed")).out()).contains("VALID");
        assertNowhere(List.of(SECRET, "AKIATYPEDATPROMPT001", "never read"), added);
    }

    static Stream<Paste> pastes() {
        String member = AWS.env().members().get(0);
        Credentials memberKeys = AWS.env().memberCredentials(member);
        Credentials gov = AwsCli.govCredentials(GOV_ACCOUNT);
        String key = "AKIAPASTEDEXAMPLE";
        return Stream.of(
                paste("export lines", "aws", key + "001", AwsCli.managementKeys().replace(
                        AwsTestEnvironment.MANAGEMENT_KEY, key + "001")),
                paste("PowerShell $env: lines", "aws", key + "002", "$env:AWS_ACCESS_KEY_ID=\"" + key + "002\"\r\n"
                        + "$env:AWS_SECRET_ACCESS_KEY=\"" + SECRET + "\"\r\n"),
                paste("cmd set lines", "aws", key + "003", "set AWS_ACCESS_KEY_ID=" + key + "003\nset "
                        + "AWS_SECRET_ACCESS_KEY=" + SECRET + "\n"),
                paste("key and secret words", "aws", key + "004", key + "004 " + SECRET),
                new Paste("key, secret and token words", "aws", "ASIAPASTEDEXAMPLE005", "ASIAPASTEDEXAMPLE005\n"
                        + SECRET + "\nIQoJb3JpZ2luX2VjEXAMPLETOKEN\n", List.of("ASIAPASTEDEXAMPLE005", SECRET,
                        "IQoJb3JpZ2luX2VjEXAMPLETOKEN"), MotoServer.DEFAULT_ACCOUNT),
                paste("AWS CLI credentials file", "aws", key + "006", "[default]\naws_access_key_id = " + key
                        + "006\naws_secret_access_key = " + SECRET + "\n"),
                paste("AWS CLI lines without a profile", "aws", key + "007", "aws_access_key_id=" + key + "007\n"
                        + "aws_secret_access_key=" + SECRET),
                new Paste("flat JSON of a member account", "aws", memberKeys.accessKeyId(),
                        AwsCli.flatJson(memberKeys), secrets(memberKeys), member),
                new Paste("sts assume-role JSON in GovCloud", "aws-us-gov", gov.accessKeyId(),
                        AwsCli.assumeRoleJson(gov), secrets(gov), GOV_ACCOUNT));
    }

    private static Paste paste(String name, String partition, String keyId, String text) {
        return new Paste(name, partition, keyId, text, List.of(keyId, SECRET), MotoServer.DEFAULT_ACCOUNT);
    }

    private static List<String> secrets(Credentials credentials) {
        return List.of(credentials.accessKeyId(), credentials.secretAccessKey(), credentials.sessionToken());
    }

    private static String mask(String keyId) {
        return keyId.substring(0, 4) + "…" + keyId.substring(keyId.length() - 4);
    }

    /** Asserts that no secret is in the commands' output nor in any file of the data directory. */
    private void assertNowhere(List<String> secrets, CliHarness.Result... results) {
        for (String secret : secrets) {
            for (CliHarness.Result result : results) {
                assertThat(result.out() + result.err()).doesNotContain(secret);
            }
            assertThat(DataFiles.containing(dir, secret)).as("files holding a secret").isEmpty();
        }
    }

    /** One way of pasting keys, and what validating them must show. */
    record Paste(String name, String partition, String keyId, String text, List<String> secrets, String account) {
        @Override
        public String toString() {
            return name;
        }
    }
}
