package io.pcmops.cli.commands.credentials;

import io.pcmops.Pcmops;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import io.pcmops.model.CredentialRoot;
import java.util.List;
import javax.inject.Inject;
import picocli.CommandLine.Command;

/** {@code pcmops credentials list}. */
@Command(name = "list", description = "Lists credential roots; pasted keys are shown masked.")
public final class CredentialsListCommand extends CliCommand {

    @Inject
    public CredentialsListCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        try (Pcmops pcm = open(Access.READ)) {
            List<CredentialRoot> roots = pcm.credentials().list();
            printer().print(roots, CredentialTables.roots(roots));
            return ExitCodes.OK;
        }
    }
}
