package io.pcmops.internal.service;

import io.pcmops.Accounts;
import io.pcmops.InvalidRequestException;
import io.pcmops.NotFoundException;
import io.pcmops.internal.audit.AuditLog;
import io.pcmops.internal.provider.ProviderRegistry;
import io.pcmops.internal.store.AccountStore;
import io.pcmops.internal.store.CredentialStore;
import io.pcmops.internal.util.Futures;
import io.pcmops.model.Account;
import io.pcmops.model.AuditEntry;
import io.pcmops.model.CredentialRoot;
import io.pcmops.spi.AccountDiscovery;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@link Accounts}: manual registration and discovery through the root's provider. */
public final class AccountService implements Accounts {

    private final AccountStore accounts;
    private final CredentialStore credentials;
    private final ProviderRegistry providers;
    private final AuditLog audit;
    private final Clock clock;
    private final String actor;

    public AccountService(AccountStore accounts, CredentialStore credentials, ProviderRegistry providers,
                          AuditLog audit, Clock clock, String actor) {
        this.accounts = accounts;
        this.credentials = credentials;
        this.providers = providers;
        this.audit = audit;
        this.clock = clock;
        this.actor = actor;
    }

    @Override
    public List<Account> list() {
        return accounts.list();
    }

    @Override
    public Account add(Account account) {
        providers.get(account.provider());
        if (account.credentialRootId() != null && credentials.find(account.credentialRootId()).isEmpty()) {
            throw new InvalidRequestException("no credential root '" + account.credentialRootId() + "'");
        }
        Account stored = new Account(account.provider(), account.partition(), account.accountId(), account.name(),
                account.email(), account.status(), account.organizationPath(), account.credentialRootId(),
                account.roleName(), account.externalId(), account.sessionDuration(), "manual", clock.instant());
        accounts.upsert(List.of(stored));
        audit.append(AuditEntry.of(actor, "account.add", stored.provider() + ":" + stored.accountId(), "ok"));
        return stored;
    }

    @Override
    public void remove(String provider, String accountId) {
        if (!accounts.delete(provider, accountId)) {
            throw new NotFoundException("no " + provider + " account '" + accountId + "'");
        }
        audit.append(AuditEntry.of(actor, "account.remove", provider + ":" + accountId, "ok"));
    }

    @Override
    public CompletableFuture<List<Account>> discover(String credentialRootId) {
        return Futures.call(() -> {
            CredentialRoot root = credentials.find(credentialRootId).orElseThrow(
                    () -> new NotFoundException("no credential root '" + credentialRootId + "'"));
            AccountDiscovery discovery = providers.get(root.provider()).accountDiscovery().orElseThrow(
                    () -> new InvalidRequestException("provider '" + root.provider() + "' cannot discover accounts"));
            return discovery.discover(root).thenApply(found -> store(root, found));
        });
    }

    private List<Account> store(CredentialRoot root, List<Account> found) {
        Map<String, Account> existing = accounts.list(root.provider()).stream()
                .collect(Collectors.toMap(Account::accountId, Function.identity()));
        List<Account> merged = found.stream().map(a -> merge(existing.get(a.accountId()), a, root)).toList();
        accounts.upsert(merged);
        audit.append(new AuditEntry(actor, "account.discover", root.id(), merged.size() + " accounts", null, "ok",
                Map.of()));
        return merged;
    }

    /** Keeps per-account settings a user made (role, external id, session length) over discovered defaults. */
    private Account merge(Account previous, Account found, CredentialRoot root) {
        String role = previous != null && previous.roleName() != null ? previous.roleName() : found.roleName();
        String externalId = previous != null && previous.externalId() != null ? previous.externalId()
                : found.externalId();
        java.time.Duration session = previous != null && previous.sessionDuration() != null
                ? previous.sessionDuration() : found.sessionDuration();
        return new Account(found.provider(), root.partition(), found.accountId(), found.name(), found.email(),
                found.status(), found.organizationPath(), root.id(), role, externalId, session, "discovered",
                clock.instant());
    }
}
