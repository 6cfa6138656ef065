package io.pcmops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.cli.env.Terminals;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    void help_command_onAGroup_listsItsSubcommands() {
        CliHarness.Result result = new CliHarness(dir).run("help", "runs");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Usage: pcmops runs", "list", "watch", "export");
    }

    @Test
    void completion_coversTheSubcommandsOfEveryCommand() {
        CliHarness.Result result = new CliHarness(dir).run("completion", "bash");
        assertThat(result.out()).contains("watch", "discover", "versions", "compare", "--max-errors");
    }

    @Test
    void execute_withUnknownCommand_suggestsTheNearestAndExitsTwo() {
        CliHarness.Result result = new CliHarness(dir).run("rnus", "list");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("rnus");
    }

    @Test
    void version_printsTheVersion() {
        CliHarness.Result result = new CliHarness(dir).run("--version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("pcmops 0.").contains("Java ").doesNotContain("unknown");
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

    @Test
    void execute_withVerbose_addsTheStackTrace() {
        CliHarness.Result quiet = new CliHarness(dir).run("runs", "show", "r-nope");
        CliHarness.Result verbose = new CliHarness(dir).run("runs", "show", "r-nope", "-v");
        assertThat(quiet.err().lines()).hasSize(1);
        assertThat(quiet.err()).doesNotContain("\tat ");
        assertThat(verbose.exitCode()).isEqualTo(2);
        assertThat(verbose.err()).contains("NotFoundException", "\tat ");
    }

    @Test
    void execute_onTerminal_coloursUnlessNoColorOrNoColorVariable() {
        Terminals terminal = new Terminals(false, true, true);
        String coloured = new CliHarness(dir).terminals(terminal).run("runs", "list").out();
        String optionOff = new CliHarness(dir).terminals(terminal).run("runs", "list", "--no-color").out();
        String variableOff = new CliHarness(dir).terminals(terminal).variables(Map.of("NO_COLOR", "1"))
                .run("runs", "list").out();
        assertThat(coloured).contains("\u001b[");
        assertThat(optionOff).doesNotContain("\u001b[").contains("RUN ID");
        assertThat(variableOff).doesNotContain("\u001b[").contains("RUN ID");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void execute_withEmptyDataDirectory_exitsTwoAndWritesNothing(String value) {
        CliHarness.Result result = new CliHarness(dir).runExactly("--data-dir", value, "runs", "list");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--data-dir", "the data directory is empty");
        assertThat(result.err().lines()).hasSize(1);
        assertThat(Path.of(value.isEmpty() ? "pcmops.db" : value)).doesNotExist();
    }

    @Test
    void execute_notOnTerminal_printsNoColour() {
        assertThat(new CliHarness(dir).run("runs", "list").out()).doesNotContain("\u001b[");
    }
}
