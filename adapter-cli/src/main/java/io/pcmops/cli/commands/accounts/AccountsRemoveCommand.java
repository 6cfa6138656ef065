package io.pcmops.cli.commands.accounts;

import io.pcmops.Pcmops;
import io.pcmops.cli.render.Removal;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import io.pcmops.cli.support.ProviderChoice;
import javax.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pcmops accounts rm ACCOUNT_ID}. */
@Command(name = "rm", description = "Removes a registered account.")
public final class AccountsRemoveCommand extends CliCommand {

    @Parameters(paramLabel = "ACCOUNT_ID", description = "Account id.")
    private String accountId;

    @Option(names = "--provider", paramLabel = "ID", description = "Provider (default: the only enabled one).")
    private String provider;

    @Inject
    public AccountsRemoveCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        try (Pcmops pcm = open(Access.READ)) {
            pcm.accounts().remove(ProviderChoice.resolve(pcm, provider), accountId);
            Removal.print(printer(), "account", accountId);
            return ExitCodes.OK;
        }
    }
}
