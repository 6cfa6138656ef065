package io.pcmops.spi;

import io.pcmops.model.Account;
import io.pcmops.model.CredentialRoot;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Finds the accounts a credential root can see (e.g. through AWS Organizations). */
public interface AccountDiscovery {

    /**
     * Lists every account visible from a root, with its organizational path, across all pages.
     *
     * @param root the credential root (normally of the organization's management account)
     * @return the accounts, bound to {@code root}
     */
    CompletableFuture<List<Account>> discover(CredentialRoot root);
}
