package io.pcmops.cli.commands.users;

import io.pcmops.Pcmops;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import io.pcmops.cli.support.Prompter;
import javax.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pcmops users restore-admin NAME}: break-glass on the host for an installation without an admin. */
@Command(name = "restore-admin", description = {"Makes a user an enabled admin again and lifts their sign-in "
        + "back-offs; creates the user when missing (then --password is needed).",
        "Works on the data directory, as whoever can read it: the server's rules do not stop the host."})
public final class UsersRestoreAdminCommand extends CliCommand {

    @Parameters(paramLabel = "NAME", description = "User name.")
    private String username;

    @Option(names = "--password", description = "Also sets a new password (typed, or the first line of standard "
            + "input); their sessions end and tokens are revoked.")
    private boolean password;

    private final Prompter prompter;

    @Inject
    public UsersRestoreAdminCommand(CliContext context, Prompter prompter) {
        super(context);
        this.prompter = prompter;
    }

    @Override
    public Integer call() {
        String newPassword = password ? NewPassword.read(prompter, err(), username) : null;
        try (Pcmops pcm = open(Access.READ)) {
            UserTables.print(printer(), pcm.users().restoreAdmin(username, newPassword), "restored admin");
            return ExitCodes.OK;
        }
    }
}
