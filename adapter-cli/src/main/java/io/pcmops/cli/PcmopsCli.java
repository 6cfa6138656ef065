package io.pcmops.cli;

import io.pcmops.cli.env.CliEnvironment;
import io.pcmops.cli.options.GlobalOptions;
import io.pcmops.cli.support.GroupCommand;
import io.pcmops.cli.support.VersionProvider;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ScopeType;

/**
 * The {@code pcmops} command: runs scripts safely across fleets and keeps an audited record of every run. Its
 * commands are added by {@link TopCommands}.
 */
@Command(name = "pcmops", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = true,
        description = "Runs scripts safely across fleets of machines and keeps an audited record of every run.",
        footer = {"", "Exit codes:", "  0  ok", "  1  some target failed, timed out or was not executed",
                "  2  bad usage or input", "  3  cancelled or interrupted", "  4  provider or credential error",
                "  5  the store cannot be written (e.g. a full disk)"})
public final class PcmopsCli extends GroupCommand {

    @Mixin
    private final GlobalOptions options;

    public PcmopsCli(GlobalOptions options) {
        this.options = options;
    }

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(Cli.execute(CliEnvironment.system(), out, err, args));
    }
}
