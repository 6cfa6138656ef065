package io.pcmops.cli.commands.users;

import io.pcmops.Pcmops;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import io.pcmops.cli.render.Removal;
import javax.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pcmops users rm NAME}. */
@Command(name = "rm", description = "Removes a user with their tokens and sessions (never the last enabled admin).")
public final class UsersRemoveCommand extends CliCommand {

    @Parameters(paramLabel = "NAME", description = "User name.")
    private String username;

    @Inject
    public UsersRemoveCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        try (Pcmops pcm = open(Access.READ)) {
            pcm.users().delete(username);
            Removal.print(printer(), "user", username);
            return ExitCodes.OK;
        }
    }
}
