package io.pcmops.cli.commands.accounts;

import io.pcmops.Pcmops;
import io.pcmops.cli.options.RoleOptions;
import io.pcmops.cli.render.TerminalText;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import io.pcmops.cli.support.ProviderChoice;
import io.pcmops.model.Account;
import java.util.List;
import javax.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pcmops accounts add ACCOUNT_ID}. */
@Command(name = "add", description = "Registers (or updates) an account by hand.")
public final class AccountsAddCommand extends CliCommand {

    @Parameters(paramLabel = "ACCOUNT_ID", description = "Account id.")
    private String accountId;

    @Option(names = "--provider", paramLabel = "ID", description = "Provider (default: the only enabled one).")
    private String provider;

    @Option(names = "--partition", paramLabel = "P", description = "Partition, e.g. aws-us-gov.")
    private String partition;

    @Option(names = "--name", paramLabel = "NAME", description = "Display name.")
    private String name;

    @Option(names = "--root", paramLabel = "ROOT", description = "Credential root that reaches it.")
    private String root;

    @Mixin
    private RoleOptions roles;

    @Inject
    public AccountsAddCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        try (Pcmops pcm = open(Access.READ)) {
            Account account = pcm.accounts().add(new Account(ProviderChoice.resolve(pcm, provider), partition,
                    accountId, name, null, null, null, root, roles.role(), roles.externalId(),
                    roles.sessionDuration(), "manual", null));
            printer().print(account, AccountTables.accounts(List.of(account)),
                    text -> text.println(TerminalText.clean("registered account " + account.accountId() + " ("
                            + account.provider() + (account.partition().isEmpty() ? "" : ", " + account.partition())
                            + ")")));
            return ExitCodes.OK;
        }
    }
}
