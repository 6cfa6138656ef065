package io.pcmops.cli.commands.users;

import io.pcmops.Pcmops;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import javax.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pcmops users unlock NAME}: break-glass for a user whose sign-ins are being slowed down. */
@Command(name = "unlock", description = "Lifts every sign-in back-off of a user, from every client address.")
public final class UsersUnlockCommand extends CliCommand {

    @Parameters(paramLabel = "NAME", description = "User name.")
    private String username;

    @Inject
    public UsersUnlockCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        try (Pcmops pcm = open(Access.READ)) {
            UserTables.print(printer(), pcm.users().unlock(username), "unlocked user");
            return ExitCodes.OK;
        }
    }
}
