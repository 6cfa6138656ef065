package io.pcmops.cli.commands.changes;

import io.pcmops.Pcmops;
import io.pcmops.cli.render.TerminalText;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import io.pcmops.model.Change;
import io.pcmops.model.ChangeStatus;
import java.util.List;
import javax.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pcmops changes status NUMBER STATUS}. */
@Command(name = "status", description = "Moves a change ticket to another status.")
public final class ChangesStatusCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "NUMBER", description = "Change number.")
    private String number;

    @Parameters(index = "1", paramLabel = "STATUS",
            description = "new, approved, in-progress, completed or cancelled.")
    private String status;

    @Inject
    public ChangesStatusCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        ChangeStatus next = ChangeStatus.parse(status);
        try (Pcmops pcm = open(Access.READ)) {
            Change change = pcm.changes().setStatus(number, next);
            printer().print(change, ChangeTables.changes(List.of(change)),
                    text -> text.println(TerminalText.clean("change " + change.number() + " is now "
                            + change.status().id())));
            return ExitCodes.OK;
        }
    }
}
