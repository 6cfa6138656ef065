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
import io.pcmops.cli.commands.users.UsersCommand;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The commands under {@code pcmops}, in the order its help lists them. picocli inspects every command it is handed,
 * by reflection, and that is most of a short command's start-up; so only the command that the arguments name is
 * built (with its subcommands), and the others stand in with their name and description, which is all the top
 * command's help shows. {@code help} and {@code completion} get every command.
 */
final class TopCommands {

    private static final List<Class<?>> COMMANDS = List.of(TargetsCommand.class, PlanCommand.class,
            RunCommand.class, RunsCommand.class, ChangesCommand.class, ScriptsCommand.class, CredentialsCommand.class,
            AccountsCommand.class, AuditCommand.class, ProvidersCommand.class, UsersCommand.class, CompletionCommand.class);
    private static final Set<String> NEED_ALL = Set.of("help", "completion");

    private TopCommands() {
    }

    /** Adds the commands to the top command line, building those the arguments need. */
    static void addTo(CommandLine top, IFactory factory, String[] args) {
        String named = firstCommand(top.getCommandSpec(), args);
        boolean all = named != null && NEED_ALL.contains(named);
        for (Class<?> type : COMMANDS) {
            Command command = type.getAnnotation(Command.class);
            boolean needed = all || command.name().equals(named);
            top.addSubcommand(command.name(), needed ? new CommandLine(type, factory)
                    : standIn(command));
        }
        top.addSubcommand("help", new CommandLine(new HelpCommand(), factory));
    }

    /** Returns the first argument that is neither an option of the top command nor an option's value. */
    static String firstCommand(CommandSpec top, String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("-")) {
                return args[i];
            }
            OptionSpec option = top.findOption(args[i]);
            if (option != null && option.arity().max() > 0) {
                i++;
            }
        }
        return null;
    }

    private static CommandLine standIn(Command command) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(new NotBuilt(command.name())).name(command.name());
        spec.usageMessage().description(command.description());
        return new CommandLine(spec);
    }

    /** What a stand-in would run, were the arguments ever to reach one: an internal error, never silence. */
    private record NotBuilt(String name) implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("the command '" + name + "' was not built for these arguments");
        }
    }
}
