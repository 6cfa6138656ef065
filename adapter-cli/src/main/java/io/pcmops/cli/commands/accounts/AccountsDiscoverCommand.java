package io.pcmops.cli.commands.accounts;

import io.pcmops.InvalidRequestException;
import io.pcmops.Pcmops;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import io.pcmops.model.Account;
import io.pcmops.model.CredentialRoot;
import java.util.List;
import javax.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pcmops accounts discover [--root ROOT]}. */
@Command(name = "discover", description = "Discovers the accounts a credential root can see (e.g. through AWS "
        + "Organizations: all pages, with their OU path) and registers them.")
public final class AccountsDiscoverCommand extends CliCommand {

    @Option(names = "--root", paramLabel = "ROOT", description = "Credential root (default: the only one).")
    private String root;

    @Inject
    public AccountsDiscoverCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        try (Pcmops pcm = open(Access.READ)) {
            List<Account> found = pcm.accounts().discover(root != null ? root : onlyRoot(pcm)).join();
            printer().print(found, AccountTables.accounts(found));
            note("discovered " + found.size() + " accounts");
            return ExitCodes.OK;
        }
    }

    private static String onlyRoot(Pcmops pcm) {
        List<String> roots = pcm.credentials().list().stream().map(CredentialRoot::id).toList();
        if (roots.size() == 1) {
            return roots.get(0);
        }
        throw new InvalidRequestException(roots.isEmpty() ? "no credential root is registered; add one with "
                + "'pcmops credentials add'" : "several credential roots; choose one with --root: "
                + String.join(", ", roots));
    }
}
