package io.pcmops.cli.commands.users;

import io.pcmops.Pcmops;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import io.pcmops.cli.support.Prompter;
import io.pcmops.model.NewUser;
import io.pcmops.model.User;
import javax.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pcmops users add NAME --role ROLE}. */
@Command(name = "add", description = {"Adds a user. The password is typed twice without echo on a terminal, else "
        + "read from the first line of standard input; never from the command line."})
public final class UsersAddCommand extends CliCommand {

    @Parameters(paramLabel = "NAME", description = "User name.")
    private String username;

    @Mixin
    private UserOptions options;

    @Option(names = "--no-password-change", description = "Do not make the user change the password at first "
            + "sign-in.")
    private boolean keepPassword;

    private final Prompter prompter;

    @Inject
    public UsersAddCommand(CliContext context, Prompter prompter) {
        super(context);
        this.prompter = prompter;
    }

    @Override
    public Integer call() {
        User.checkUsername(username);
        String password = NewPassword.read(prompter, err(), username);
        try (Pcmops pcm = open(Access.READ)) {
            User user = pcm.users().create(new NewUser(username, password, options.roles(), options.grants(),
                    !keepPassword));
            UserTables.print(printer(), user, "added user");
            return ExitCodes.OK;
        }
    }
}
