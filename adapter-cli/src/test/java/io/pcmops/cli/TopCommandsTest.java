package io.pcmops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcmops.cli.options.GlobalOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

class TopCommandsTest {

    private final CommandSpec top = new CommandLine(new PcmopsCli(new GlobalOptions())).getCommandSpec();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "none", value = {
            "runs list, runs",
            "--data-dir d runs list, runs",
            "--data-dir=d --output json scripts, scripts",
            "-q --no-color -v plan --provider stub, plan",
            "--output csv, none",
            "--help, none",
            "--data-dir, none",
            "'', none"})
    void firstCommand_skipsTheTopCommandsOptionsAndTheirValues(String line, String expected) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        assertThat(TopCommands.firstCommand(top, args)).isEqualTo(expected);
    }
}
