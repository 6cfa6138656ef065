package io.pcmops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliBasicsTest {

    @TempDir
    Path dir;

    @Test
    void help_onRoot_listsEveryCommandAndExitsZero() {
        CliHarness.Result result = new CliHarness(dir).run("--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("targets", "plan", "run", "runs", "scripts", "credentials", "accounts",
                "audit", "completion", "--data-dir", "--output", "Exit codes");
    }

    @Test
    void help_onSubcommand_showsItsOwnAndTheGlobalOptions() {
        CliHarness.Result result = new CliHarness(dir).run("runs", "list", "--help");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("--status", "--since", "--limit", "--output", "--no-color", "--quiet");
    }

    @Test
    void version_printsTheVersion() {
        CliHarness.Result result = new CliHarness(dir).run("--version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("pcmops ").contains("Java ");
    }

    @Test
    void execute_withUnknownOption_printsOneLineAndExitsTwo() {
        CliHarness.Result result = new CliHarness(dir).run("runs", "list", "--bogus");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).contains("--bogus", "pcmops runs list --help");
    }

    @Test
    void execute_groupWithoutSubcommand_namesTheChoicesAndExitsTwo() {
        CliHarness.Result result = new CliHarness(dir).run("runs");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("missing subcommand", "list", "export");
    }

    @Test
    void execute_globalOptionAfterSubcommand_appliesToIt() {
        CliHarness.Result result = new CliHarness(dir).run("runs", "list", "--output", "json");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("\"items\" : [ ]", "\"total\" : 0");
    }

    @Test
    void execute_globalOptionBeforeSubcommand_appliesToIt() {
        CliHarness.Result result = new CliHarness(dir).run("--output", "csv", "runs", "list");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("run_id,status,");
    }
}
