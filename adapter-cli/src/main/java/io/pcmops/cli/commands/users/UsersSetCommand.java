package io.pcmops.cli.commands.users;

import io.pcmops.Pcmops;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import io.pcmops.cli.support.Prompter;
import io.pcmops.model.User;
import io.pcmops.model.UserChange;
import javax.inject.Inject;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code pcmops users set NAME ...}: the server's rules hold (no change may leave no enabled admin). */
@Command(name = "set", description = {"Changes a user's roles, grants, enabled state or password (a reset: the "
        + "user must change it at next sign-in; their sessions end and tokens are revoked).",
        "Refused when it would leave no enabled admin."})
public final class UsersSetCommand extends CliCommand {

    @Parameters(paramLabel = "NAME", description = "User name.")
    private String username;

    @Mixin
    private UserOptions options;

    @ArgGroup(exclusive = true)
    private State state;

    @Option(names = "--reset-password", description = "Sets a new password (typed, or the first line of standard "
            + "input).")
    private boolean resetPassword;

    static final class State {
        @Option(names = "--disable", required = true, description = "Refuses sign-in; ends the user's sessions.")
        boolean disable;

        @Option(names = "--enable", required = true, description = "Allows sign-in again.")
        boolean enable;
    }

    private final Prompter prompter;

    @Inject
    public UsersSetCommand(CliContext context, Prompter prompter) {
        super(context);
        this.prompter = prompter;
    }

    @Override
    public Integer call() {
        Boolean disabled = state == null ? null : state.disable;
        UserChange change = new UserChange(options.roles(), disabled, null, options.grants());
        if (change.empty() && !resetPassword) {
            throw new ParameterException(spec().commandLine(), "say what to change: --role, "
                    + "--grant, --no-grants, --disable, --enable or --reset-password");
        }
        String password = resetPassword ? NewPassword.read(prompter, err(), username) : null;
        try (Pcmops pcm = open(Access.READ)) {
            User user = pcm.users().update(username, new UserChange(change.roles(), disabled, password,
                    change.grants()));
            UserTables.print(printer(), user, "changed user");
            return ExitCodes.OK;
        }
    }
}
