package io.pcmops.cli.commands.credentials;

import io.pcmops.cli.support.GroupCommand;
import javax.inject.Inject;
import picocli.CommandLine.Command;

/** {@code pcmops credentials}. */
@Command(name = "credentials", description = "Credential roots: how each partition is reached. Pasted secrets are "
        + "kept encrypted and never shown.",
        subcommands = {CredentialsAddCommand.class, CredentialsListCommand.class, CredentialsValidateCommand.class,
                CredentialsRemoveCommand.class})
public final class CredentialsCommand extends GroupCommand {

    @Inject
    public CredentialsCommand() {
    }
}
