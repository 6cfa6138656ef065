package io.pcmops.cli.commands.scripts;

import io.pcmops.cli.support.GroupCommand;
import javax.inject.Inject;
import picocli.CommandLine.Command;

/** {@code pcmops scripts}. */
@Command(name = "scripts", description = "The script library: versioned by content.",
        subcommands = {ScriptsAddCommand.class, ScriptsListCommand.class, ScriptsShowCommand.class,
                ScriptsVersionsCommand.class, ScriptsRemoveCommand.class})
public final class ScriptsCommand extends GroupCommand {

    @Inject
    public ScriptsCommand() {
    }
}
