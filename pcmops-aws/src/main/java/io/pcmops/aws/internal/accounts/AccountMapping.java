package io.pcmops.aws.internal.accounts;

import io.pcmops.model.Account;
import io.pcmops.model.CredentialRoot;
import io.pcmops.model.OrganizationalUnit;
import java.util.List;

/** Turns an Organizations account into a PCM-Ops {@link Account} bound to the discovering root. */
final class AccountMapping {

    private AccountMapping() {
    }

    static Account toAccount(software.amazon.awssdk.services.organizations.model.Account account, CredentialRoot root,
                             List<OrganizationalUnit> path) {
        return new Account("aws", root.partition(), account.id(), account.name(), account.email(),
                account.statusAsString(), path, root.id(), null, null, null, "discovered", null);
    }
}
