package io.pcmops.cli;

import io.pcmops.cli.commands.CompletionCommand;
import io.pcmops.cli.commands.PlanCommand;
import io.pcmops.cli.commands.RunCommand;
import io.pcmops.cli.commands.accounts.AccountsCommand;
import io.pcmops.cli.commands.audit.AuditCommand;
import io.pcmops.cli.commands.changes.ChangesCommand;
import io.pcmops.cli.commands.credentials.CredentialsCommand;
import io.pcmops.cli.commands.providers.ProvidersCommand;
import io.pcmops.cli.commands.runs.RunsCommand;
import io.pcmops.cli.commands.scripts.ScriptsCommand;
import io.pcmops.cli.commands.targets.TargetsCommand;
import io.pcmops.cli.env.CliEnvironment;
import io.pcmops.cli.options.GlobalOptions;
import io.pcmops.cli.support.GroupCommand;
import io.pcmops.cli.support.VersionProvider;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ScopeType;

/** The {@code pcmops} command: runs scripts safely across fleets and keeps an audited record of every run. */
@Command(name = "pcmops", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = true,
        description = "Runs scripts safely across fleets of machines and keeps an audited record of every run.",
        footer = {"", "Exit codes:", "  0  ok", "  1  some target failed, timed out or was not executed",
                "  2  bad usage or input", "  3  cancelled or interrupted", "  4  provider or credential error"},
        subcommands = {TargetsCommand.class, PlanCommand.class, RunCommand.class, RunsCommand.class,
                ChangesCommand.class, ScriptsCommand.class, CredentialsCommand.class, AccountsCommand.class,
                AuditCommand.class, ProvidersCommand.class, CompletionCommand.class, HelpCommand.class})
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
