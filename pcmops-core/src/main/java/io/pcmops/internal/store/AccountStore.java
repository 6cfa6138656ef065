package io.pcmops.internal.store;

import io.pcmops.model.Account;
import java.util.List;

/** Registered accounts. */
public interface AccountStore {

    List<Account> list();

    List<Account> list(String provider);

    void upsert(List<Account> accounts);

    boolean delete(String provider, String accountId);
}
