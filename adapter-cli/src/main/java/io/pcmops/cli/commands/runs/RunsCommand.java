package io.pcmops.cli.commands.runs;

import io.pcmops.cli.support.GroupCommand;
import javax.inject.Inject;
import picocli.CommandLine.Command;

/** {@code pcmops runs}. */
@Command(name = "runs", description = "Runs recorded in the data directory.",
        subcommands = {RunsListCommand.class, RunsShowCommand.class, RunsOutputCommand.class, RunsWatchCommand.class,
                RunsCancelCommand.class, RunsRetryCommand.class, RunsExportCommand.class})
public final class RunsCommand extends GroupCommand {

    @Inject
    public RunsCommand() {
    }
}
