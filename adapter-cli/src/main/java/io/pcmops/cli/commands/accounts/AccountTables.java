package io.pcmops.cli.commands.accounts;

import io.pcmops.cli.render.Table;
import io.pcmops.model.Account;
import io.pcmops.model.OrganizationalUnit;
import java.util.List;
import java.util.stream.Collectors;

/** Accounts as table rows. */
final class AccountTables {

    private AccountTables() {
    }

    static Table accounts(List<Account> accounts) {
        Table table = Table.of("PROVIDER", "PARTITION", "ACCOUNT", "NAME", "STATUS", "OU PATH", "ROOT", "ROLE",
                "SOURCE");
        for (Account a : accounts) {
            String path = a.organizationPath().stream().map(OrganizationalUnit::name).collect(Collectors.joining("/"));
            table.row(a.provider(), a.partition(), a.accountId(), a.name(), a.status(), path, a.credentialRootId(),
                    a.roleName(), a.source());
        }
        return table;
    }
}
