package io.pcmops.cli.commands.accounts;

import io.pcmops.Pcmops;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import io.pcmops.model.Account;
import java.util.List;
import javax.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pcmops accounts list}. */
@Command(name = "list", description = "Lists registered accounts.")
public final class AccountsListCommand extends CliCommand {

    @Option(names = "--provider", paramLabel = "ID", description = "Only this provider's accounts.")
    private String provider;

    @Inject
    public AccountsListCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        try (Pcmops pcm = open(Access.READ)) {
            List<Account> accounts = pcm.accounts().list().stream()
                    .filter(a -> provider == null || a.provider().equals(provider)).toList();
            printer().print(accounts, AccountTables.accounts(accounts));
            return ExitCodes.OK;
        }
    }
}
