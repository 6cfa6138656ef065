package io.pcmops.cli.commands.users;

import io.pcmops.Pcmops;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import io.pcmops.model.User;
import java.util.List;
import javax.inject.Inject;
import picocli.CommandLine.Command;

/** {@code pcmops users list}. */
@Command(name = "list", description = "Lists the users with their roles, grants and state.")
public final class UsersListCommand extends CliCommand {

    @Inject
    public UsersListCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        try (Pcmops pcm = open(Access.READ)) {
            List<User> users = pcm.users().list();
            printer().print(users, UserTables.users(users));
            return ExitCodes.OK;
        }
    }
}
