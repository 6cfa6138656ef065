package io.pcmops.cli.commands.targets;

import io.pcmops.cli.support.GroupCommand;
import javax.inject.Inject;
import picocli.CommandLine.Command;

/** {@code pcmops targets}. */
@Command(name = "targets", description = "Inventory of the machines scripts can run on.",
        subcommands = TargetsListCommand.class)
public final class TargetsCommand extends GroupCommand {

    @Inject
    public TargetsCommand() {
    }
}
