package io.pcmops.aws.internal.inventory;

import io.pcmops.aws.internal.AwsErrors;
import io.pcmops.aws.internal.client.Principal;
import io.pcmops.aws.internal.credentials.AccountAccess;
import io.pcmops.model.Account;
import io.pcmops.model.CredentialRoot;
import io.pcmops.model.ScopeError;
import io.pcmops.model.Selector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Decides which accounts an inventory query covers: each root's own account plus the registered accounts, narrowed by
 * the selector's partition, accounts and OU; suspended accounts are left out.
 */
final class ScopePlanner {

    private final AccountAccess access;

    ScopePlanner(AccountAccess access) {
        this.access = access;
    }

    /** One account to list, with the (lazily started) principal that reaches it. */
    record AccountScope(String partition, String account, CompletableFuture<Principal> principal) {
    }

    /** The accounts to list and the roots that could not be identified. */
    record Plan(List<AccountScope> accounts, List<ScopeError> errors) {
    }

    CompletableFuture<Plan> plan(Selector selector, String session) {
        List<CredentialRoot> roots = access.roots(selector.partition());
        List<CompletableFuture<Optional<Principal>>> own = new ArrayList<>();
        List<ScopeError> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        for (CredentialRoot root : roots) {
            own.add(access.rootPrincipal(root).handle((principal, error) -> {
                if (error != null) {
                    errors.add(new ScopeError(root.partition(), "", "", "credential root '" + root.id() + "': "
                            + AwsErrors.describe(error)));
                }
                return Optional.ofNullable(principal);
            }));
        }
        return CompletableFuture.allOf(own.toArray(CompletableFuture[]::new)).thenApply(v -> {
            Map<String, AccountScope> scopes = new LinkedHashMap<>();
            own.stream().map(CompletableFuture::join).flatMap(Optional::stream)
                    .filter(p -> wanted(selector, p.account(), access.registration(p.partition(), p.account())))
                    .forEach(p -> scopes.putIfAbsent(key(p.partition(), p.account()), new AccountScope(p.partition(),
                            p.account(), CompletableFuture.completedFuture(p))));
            for (Account account : access.registrations()) {
                if (inPartition(selector, account) && wanted(selector, account.accountId(), Optional.of(account))
                        && !scopes.containsKey(key(account.partition(), account.accountId()))) {
                    scopes.put(key(account.partition(), account.accountId()), new AccountScope(account.partition(),
                            account.accountId(), access.principal(account.partition(), account.accountId(), session)));
                }
            }
            return new Plan(List.copyOf(scopes.values()), List.copyOf(errors));
        });
    }

    private static boolean inPartition(Selector selector, Account account) {
        return selector.partition() == null || selector.partition().equals(account.partition());
    }

    private static boolean wanted(Selector selector, String account, Optional<Account> registration) {
        if (!selector.accounts().isEmpty() && !selector.accounts().contains(account)) {
            return false;
        }
        if (registration.map(a -> "SUSPENDED".equalsIgnoreCase(a.status())).orElse(false)) {
            return false;
        }
        return selector.ou() == null || registration.map(a -> a.isUnder(selector.ou())).orElse(false);
    }

    private static String key(String partition, String account) {
        return partition + "/" + account;
    }
}
