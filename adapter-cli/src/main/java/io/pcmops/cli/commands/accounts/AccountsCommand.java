package io.pcmops.cli.commands.accounts;

import io.pcmops.cli.support.GroupCommand;
import javax.inject.Inject;
import picocli.CommandLine.Command;

/** {@code pcmops accounts}. */
@Command(name = "accounts", description = "Accounts the providers reach: entered by hand or discovered.",
        subcommands = {AccountsListCommand.class, AccountsAddCommand.class, AccountsRemoveCommand.class,
                AccountsDiscoverCommand.class})
public final class AccountsCommand extends GroupCommand {

    @Inject
    public AccountsCommand() {
    }
}
