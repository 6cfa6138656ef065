package io.pcmops.cli.commands.users;

import io.pcmops.cli.support.GroupCommand;
import javax.inject.Inject;
import picocli.CommandLine.Command;

/** {@code pcmops users}. */
@Command(name = "users", description = {"The server's users, managed on this data directory with the server's rules.",
        "Also the break-glass: unlock lifts sign-in back-offs, restore-admin gives back an enabled admin."},
        subcommands = {UsersListCommand.class, UsersAddCommand.class, UsersSetCommand.class,
                UsersRemoveCommand.class, UsersUnlockCommand.class, UsersRestoreAdminCommand.class})
public final class UsersCommand extends GroupCommand {

    @Inject
    public UsersCommand() {
    }
}
