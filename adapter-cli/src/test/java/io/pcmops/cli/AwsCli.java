package io.pcmops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.aws.testkit.AwsTestEnvironment;
import io.pcmops.aws.testkit.MotoFleet;
import io.pcmops.aws.testkit.MotoServer;
import io.pcmops.aws.testkit.SdkTestClients;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * Sets up a CLI data directory against an {@link AwsTestEnvironment} the way a user would, through the CLI itself:
 * {@code providers set aws endpoint.*=…} pointing at the environment's fault proxies, and credential roots from
 * pasted keys.
 */
final class AwsCli {

    static final String GOV_ROLE = "GovOperator";

    private AwsCli() {
    }

    /** Returns a harness on {@code dir} whose {@code aws} provider settings point at the environment. */
    static CliHarness configured(Path dir, AwsTestEnvironment env) {
        List<String> args = new ArrayList<>(List.of("providers", "set", "aws"));
        env.settings().forEach((key, value) -> args.add(key + "=" + value));
        CliHarness cli = new CliHarness(dir);
        ok(cli.run(args.toArray(String[]::new)));
        return cli;
    }

    /** Runs {@code credentials add --provider aws --partition P --stdin --id ROOT} with {@code pasted} on stdin. */
    static CliHarness.Result addRoot(Path dir, String root, String partition, String pasted) {
        return new CliHarness(dir).stdin(pasted).run("credentials", "add", "--provider", "aws", "--partition",
                partition, "--stdin", "--id", root);
    }

    /** The management keys as {@code export} lines, the way a console's "copy" button gives them. */
    static String managementKeys() {
        return "export AWS_ACCESS_KEY_ID=" + AwsTestEnvironment.MANAGEMENT_KEY + "\nexport AWS_SECRET_ACCESS_KEY="
                + AwsTestEnvironment.MANAGEMENT_SECRET + "\n";
    }

    /** Credentials of {@code account} in GovCloud, as moto's STS issues them to the management keys. */
    static Credentials govCredentials(String account) {
        try (SdkAsyncHttpClient http = SdkTestClients.netty()) {
            return new MotoFleet(MotoServer.endpoint(), http, AwsTestEnvironment.MANAGEMENT_KEY)
                    .assumeRole("aws-us-gov", account, GOV_ROLE);
        }
    }

    /** Credentials as {@code aws sts assume-role} prints them: JSON wrapped in {@code Credentials}. */
    static String assumeRoleJson(Credentials credentials) {
        return "{\n  \"Credentials\": " + flatJson(credentials) + ",\n  \"AssumedRoleUser\": {}\n}\n";
    }

    /** Credentials as a flat JSON object ({@code AccessKeyId}, {@code SecretAccessKey}, …). */
    static String flatJson(Credentials credentials) {
        return "{\"AccessKeyId\": \"" + credentials.accessKeyId() + "\", \"SecretAccessKey\": \""
                + credentials.secretAccessKey() + "\", \"SessionToken\": \"" + credentials.sessionToken()
                + "\", \"Expiration\": \"" + credentials.expiration() + "\"}";
    }

    /** Asserts exit code 0, showing standard error when not. */
    static CliHarness.Result ok(CliHarness.Result result) {
        assertThat(result.exitCode()).as("exit code; stderr: %s", result.err()).isZero();
        return result;
    }
}
