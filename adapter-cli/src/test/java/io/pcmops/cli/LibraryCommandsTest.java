package io.pcmops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryCommandsTest {

    @TempDir
    Path dir;

    @Test
    void scripts_addListShowVersionsRemove_manageVersionedScripts() throws Exception {
        CliHarness cli = new CliHarness(dir);
        Path file = Files.writeString(dir.resolve("patch.py"), "print('v1')\n");
        CliHarness.Result added = cli.run("scripts", "add", "patch", "--file", file.toString(), "--param",
                "COUNT:integer:3", "--param", "MODE:enum(fast|safe)", "--description", "patches");
        assertThat(added.out()).contains("saved script patch version 1");
        Files.writeString(file, "print('v2')\n");
        cli.run("scripts", "add", "patch", "--file", file.toString());
        assertThat(cli.run("scripts", "list").out()).contains("patch", "python");
        assertThat(cli.run("scripts", "show", "patch@1").out()).contains("patch@1", "print('v1')",
                "COUNT:integer:3 MODE:enum(fast|safe)");
        JsonNode latest = Json.parse(cli.run("scripts", "show", "patch", "--output", "json").out());
        assertThat(latest.get("version").asInt()).isEqualTo(2);
        assertThat(cli.run("scripts", "versions", "patch", "--output", "csv").out().split("\r\n")).hasSize(3);
        assertThat(cli.run("scripts", "rm", "patch").out()).contains("removed script patch");
        assertThat(cli.run("scripts", "show", "patch").exitCode()).isEqualTo(2);
    }

    @Test
    void scriptsAdd_withBadParameterOrMissingFile_exitsTwoNamingIt() {
        CliHarness cli = new CliHarness(dir);
        CliHarness.Result badParam = cli.run("scripts", "add", "x", "--file", "x.sh", "--param", "COUNT");
        assertThat(badParam.exitCode()).isEqualTo(2);
        assertThat(badParam.err()).contains("'COUNT'", "NAME:TYPE");
        CliHarness.Result missing = cli.run("scripts", "add", "x", "--file", dir.resolve("x.sh").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("x.sh does not exist");
    }

    @Test
    void accounts_addListRemove_manageAccounts() {
        CliHarness cli = new CliHarness(dir);
        CliHarness.Result added = cli.run("accounts", "add", "111122223333", "--provider", "stub", "--partition",
                "aws-us-gov", "--name", "prod", "--role", "Ops");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(cli.run("accounts", "list").out()).contains("111122223333", "prod", "aws-us-gov", "Ops");
        JsonNode accounts = Json.parse(cli.run("accounts", "list", "--output", "json").out());
        assertThat(accounts.get(0).get("accountId").asText()).isEqualTo("111122223333");
        assertThat(cli.run("accounts", "rm", "111122223333", "--provider", "stub").exitCode()).isZero();
        assertThat(cli.run("accounts", "rm", "111122223333", "--provider", "stub").exitCode()).isEqualTo(2);
    }

    @Test
    void accountsDiscover_withoutRoot_saysHowToAddOne() {
        CliHarness.Result result = new CliHarness(dir).run("accounts", "discover");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("pcmops credentials add");
    }

    @Test
    void audit_listAndVerify_coverWhatTheCliDid() {
        CliHarness cli = new CliHarness(dir);
        cli.run("run", "--provider", "stub", "--command", "true", "--yes", "-q");
        CliHarness.Result list = cli.run("audit", "list", "--action", "run.");
        assertThat(list.out()).contains("cli:tester", "run.start");
        JsonNode page = Json.parse(cli.run("audit", "list", "--output", "json").out());
        assertThat(page.get("items").size()).isPositive();
        CliHarness.Result verify = cli.run("audit", "verify");
        assertThat(verify.exitCode()).isZero();
        assertThat(verify.out()).contains("audit log intact");
    }

    @Test
    void providers_listSetUnset_manageSettings() {
        CliHarness cli = new CliHarness(dir);
        assertThat(cli.run("providers", "list").out()).contains("local", "stub", "keyed");
        assertThat(cli.run("providers", "set", "stub", "enabled=false").out()).contains("enabled", "false");
        JsonNode providers = Json.parse(cli.run("providers", "list", "--output", "json").out());
        assertThat(providers.findValues("enabled")).extracting(JsonNode::asBoolean).contains(false);
        assertThat(cli.run("targets", "list", "--provider", "stub").err()).contains("disabled");
        cli.run("providers", "unset", "stub", "enabled");
        assertThat(cli.run("targets", "list", "--provider", "stub").exitCode()).isZero();
        assertThat(cli.run("providers", "set", "nope", "a=b").exitCode()).isEqualTo(2);
    }

    @Test
    void completion_printsScriptsForBashAndZsh() {
        CliHarness cli = new CliHarness(dir);
        assertThat(cli.run("completion", "bash").out()).contains("complete -F", "runs", "--data-dir");
        assertThat(cli.run("completion", "zsh").out()).startsWith("autoload -U +X compinit").contains("bashcompinit");
        assertThat(cli.run("completion", "fish").exitCode()).isEqualTo(2);
    }
}
