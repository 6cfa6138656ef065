package io.pcmops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsCommandTest {

    private static final String KEY_ID = "AKIAEXAMPLEKEY987654";
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzzSECRETzz";

    @TempDir
    Path dir;

    @Test
    void add_withPastedKeys_neverShowsOrStoresTheSecretInPlainText() {
        CliHarness cli = new CliHarness(dir).stdin("key_id=" + KEY_ID + "\nsecret=" + SECRET + "\n");
        CliHarness.Result added = cli.run("credentials", "add", "--provider", "keyed", "--partition", "aws-us-gov",
                "--stdin", "--role", "Ops", "--external-id", "ext-1");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("aws-us-gov", "AKIA…7654");
        CliHarness.Result list = cli.run("credentials", "list", "--output", "json");
        CliHarness.Result validate = cli.run("credentials", "validate");
        CliHarness.Result audit = cli.run("audit", "list", "--output", "json");
        assertThat(validate.exitCode()).isZero();
        assertThat(validate.out()).contains("VALID");
        for (CliHarness.Result result : new CliHarness.Result[] {added, list, validate, audit}) {
            assertThat(result.out() + result.err()).doesNotContain(SECRET).doesNotContain(KEY_ID);
        }
        assertThat(DataFiles.containing(dir, SECRET)).isEmpty();
        assertThat(DataFiles.containing(dir, KEY_ID)).isEmpty();
    }

    @Test
    void add_withChainOrProfile_takesNoSecret() {
        CliHarness cli = new CliHarness(dir);
        assertThat(cli.run("credentials", "add", "--provider", "keyed", "--partition", "aws", "--chain").exitCode())
                .isZero();
        assertThat(cli.run("credentials", "add", "--provider", "keyed", "--partition", "aws", "--id", "dev",
                "--profile", "dev").exitCode()).isZero();
        assertThat(cli.run("credentials", "list").out()).contains("chain", "profile:dev");
        assertThat(cli.run("credentials", "rm", "dev").out()).contains("removed credential root dev");
        assertThat(cli.run("credentials", "rm", "dev").exitCode()).isEqualTo(2);
    }

    @Test
    void add_withNothingPasted_exitsTwo() {
        CliHarness.Result result = new CliHarness(dir).run("credentials", "add", "--provider", "keyed",
                "--partition", "aws", "--stdin");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no credentials were pasted");
    }

    @Test
    void add_withUnreadablePaste_explainsWithoutEchoingIt() {
        CliHarness.Result result = new CliHarness(dir).stdin(SECRET + "\n").run("credentials", "add", "--provider",
                "keyed", "--partition", "aws", "--stdin");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("key_id=").doesNotContain(SECRET);
    }

    @Test
    void add_forProviderWithoutCredentials_orTwice_exitsTwo() {
        CliHarness cli = new CliHarness(dir);
        CliHarness.Result stub = cli.run("credentials", "add", "--provider", "stub", "--partition", "aws", "--chain");
        assertThat(stub.exitCode()).isEqualTo(2);
        assertThat(stub.err()).contains("does not use credential roots");
        cli.run("credentials", "add", "--provider", "keyed", "--partition", "aws", "--chain");
        CliHarness.Result twice = cli.run("credentials", "add", "--provider", "keyed", "--partition", "aws",
                "--chain");
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("already exists");
    }

    @Test
    void add_withSecretOnTheCommandLine_isNotAnOption() {
        CliHarness.Result result = new CliHarness(dir).run("credentials", "add", "--provider", "keyed",
                "--partition", "aws", "--secret", SECRET);
        assertThat(result.exitCode()).isEqualTo(2);
    }
}
