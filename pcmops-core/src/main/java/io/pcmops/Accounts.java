package io.pcmops;

import io.pcmops.model.Account;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Accounts the providers can reach. */
public interface Accounts {

    /** Returns every registered account, by provider and id. */
    List<Account> list();

    /** Registers or updates an account by hand. */
    Account add(Account account);

    /**
     * Removes an account.
     *
     * @throws NotFoundException when it is not registered
     */
    void remove(String provider, String accountId);

    /**
     * Discovers the accounts a credential root can see (all pages, with their organizational path) and stores them.
     *
     * @return the accounts found; completes with {@link InvalidRequestException} when the root's provider cannot
     *     discover accounts
     */
    CompletableFuture<List<Account>> discover(String credentialRootId);
}
