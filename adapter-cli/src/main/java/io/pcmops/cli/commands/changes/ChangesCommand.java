package io.pcmops.cli.commands.changes;

import io.pcmops.cli.support.GroupCommand;
import javax.inject.Inject;
import picocli.CommandLine.Command;

/** {@code pcmops changes}. */
@Command(name = "changes", description = "Change tickets and the machines they cover; run on one with "
        + "'pcmops run --change NUMBER'.",
        subcommands = {ChangesImportCommand.class, ChangesCompareCommand.class, ChangesListCommand.class,
                ChangesShowCommand.class, ChangesStatusCommand.class, ChangesRemoveCommand.class})
public final class ChangesCommand extends GroupCommand {

    @Inject
    public ChangesCommand() {
    }
}
