package io.pcmops.aws.internal.accounts;

import io.pcmops.PcmopsException;
import io.pcmops.ProviderException;
import io.pcmops.aws.internal.AwsErrors;
import io.pcmops.aws.internal.client.AwsClients;
import io.pcmops.aws.internal.credentials.AccountAccess;
import io.pcmops.aws.internal.regions.Partitions;
import io.pcmops.model.Account;
import io.pcmops.model.CredentialRoot;
import io.pcmops.model.OrganizationalUnit;
import io.pcmops.spi.AccountDiscovery;
import io.pcmops.spi.Failures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.organizations.OrganizationsAsyncClient;
import software.amazon.awssdk.services.organizations.model.Root;

/**
 * Walks an organization with Organizations ListRoots, ListOrganizationalUnitsForParent (recursively) and
 * ListAccountsForParent, then ListAccounts for anything not placed; every list follows all pages (paginators). A
 * failure is a {@link ProviderException} described by {@link AwsErrors} (e.g. {@code Organizations ListRoots failed:
 * AWSOrganizationsNotInUseException: … (HTTP 400, request id …)}).
 */
public final class OrganizationDiscovery implements AccountDiscovery {

    private final AwsClients clients;
    private final AccountAccess access;

    public OrganizationDiscovery(AwsClients clients, AccountAccess access) {
        this.clients = clients;
        this.access = access;
    }

    @Override
    public CompletableFuture<List<Account>> discover(CredentialRoot root) {
        return access.rootPrincipal(root).thenCompose(principal -> {
            OrganizationsAsyncClient org = clients.organizations(principal, Partitions.home(root.partition()));
            Map<String, Account> found = new ConcurrentHashMap<>();
            List<Root> roots = new ArrayList<>();
            return org.listRootsPaginator(r -> { }).subscribe(page -> roots.addAll(page.roots()))
                    .thenCompose(v -> CompletableFuture.allOf(roots.stream().map(r -> walk(org, root, r.id(),
                            List.of(new OrganizationalUnit(r.id(), r.name())), found)).toArray(CompletableFuture[]::new)))
                    .thenCompose(v -> unplaced(org, root, found))
                    .thenApply(v -> found.values().stream().sorted(java.util.Comparator.comparing(Account::accountId))
                            .toList());
        }).exceptionallyCompose(error -> CompletableFuture.failedFuture(described(error)));
    }

    /** Credential failures keep their type; AWS failures are described with their call, status and request id. */
    private static Throwable described(Throwable error) {
        Throwable cause = Failures.unwrap(error);
        return cause instanceof PcmopsException ? cause : new ProviderException(AwsErrors.describe(cause), cause);
    }

    private CompletableFuture<Void> walk(OrganizationsAsyncClient org, CredentialRoot root, String parentId,
                                         List<OrganizationalUnit> path, Map<String, Account> found) {
        CompletableFuture<Void> accounts = org.listAccountsForParentPaginator(r -> r.parentId(parentId))
                .subscribe(page -> page.accounts().forEach(a -> found.put(a.id(), AccountMapping.toAccount(a, root,
                        path))));
        List<CompletableFuture<Void>> children = new ArrayList<>();
        CompletableFuture<Void> units = org.listOrganizationalUnitsForParentPaginator(r -> r.parentId(parentId))
                .subscribe(page -> page.organizationalUnits().forEach(ou -> {
                    List<OrganizationalUnit> childPath = new ArrayList<>(path);
                    childPath.add(new OrganizationalUnit(ou.id(), ou.name()));
                    synchronized (children) {
                        children.add(walk(org, root, ou.id(), List.copyOf(childPath), found));
                    }
                }));
        return CompletableFuture.allOf(accounts, units).thenCompose(v -> {
            synchronized (children) {
                return CompletableFuture.allOf(children.toArray(CompletableFuture[]::new));
            }
        });
    }

    private CompletableFuture<Void> unplaced(OrganizationsAsyncClient org, CredentialRoot root,
                                             Map<String, Account> found) {
        return org.listAccountsPaginator(r -> { }).subscribe(page -> page.accounts()
                .forEach(a -> found.putIfAbsent(a.id(), AccountMapping.toAccount(a, root, List.of()))));
    }
}
