package io.pcmops.cli.commands.credentials;

import io.pcmops.Pcmops;
import io.pcmops.cli.render.Removal;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import javax.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pcmops credentials rm ID}. */
@Command(name = "rm", description = "Removes a credential root and its sealed secret.")
public final class CredentialsRemoveCommand extends CliCommand {

    @Parameters(paramLabel = "ROOT", description = "Root id.")
    private String rootId;

    @Inject
    public CredentialsRemoveCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        try (Pcmops pcm = open(Access.READ)) {
            pcm.credentials().remove(rootId);
            Removal.print(printer(), "credential root", rootId);
            return ExitCodes.OK;
        }
    }
}
