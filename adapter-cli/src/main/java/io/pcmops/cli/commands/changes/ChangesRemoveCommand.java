package io.pcmops.cli.commands.changes;

import io.pcmops.Pcmops;
import io.pcmops.cli.render.Removal;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import javax.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pcmops changes rm NUMBER}. */
@Command(name = "rm", description = "Removes a change ticket; its runs keep its number.")
public final class ChangesRemoveCommand extends CliCommand {

    @Parameters(paramLabel = "NUMBER", description = "Change number.")
    private String number;

    @Inject
    public ChangesRemoveCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        try (Pcmops pcm = open(Access.READ)) {
            pcm.changes().delete(number);
            Removal.print(printer(), "change", number);
            return ExitCodes.OK;
        }
    }
}
