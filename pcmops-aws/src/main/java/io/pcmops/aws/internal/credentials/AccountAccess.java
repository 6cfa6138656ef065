package io.pcmops.aws.internal.credentials;

import io.pcmops.CredentialsException;
import io.pcmops.aws.internal.AwsSettings;
import io.pcmops.aws.internal.client.Principal;
import io.pcmops.model.Account;
import io.pcmops.model.CredentialRoot;
import io.pcmops.spi.ProviderContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Decides how an account is reached: directly by the root whose own account it is, else by assuming the account's
 * role with the credentials of the root it is registered under, in the same partition only.
 */
public final class AccountAccess {

    private final ProviderContext context;
    private final RootIdentities identities;
    private final AssumedRoles roles;
    private final Supplier<AwsSettings> settings;

    public AccountAccess(ProviderContext context, RootIdentities identities, AssumedRoles roles,
                         Supplier<AwsSettings> settings) {
        this.context = context;
        this.identities = identities;
        this.roles = roles;
        this.settings = settings;
    }

    /** An account reachable in a partition: its registration (or {@code null}) and the root that reaches it. */
    public record Reach(String partition, String account, Account registration, CredentialRoot root) {
    }

    /** Returns the roots of a partition (all partitions when {@code null}). */
    public List<CredentialRoot> roots(String partition) {
        return context.credentialRoots().stream()
                .filter(r -> partition == null || r.partition().equals(partition)).toList();
    }

    /** Returns the registered accounts with their partition (the root's when the registration has none). */
    public List<Account> registrations() {
        return context.accounts().stream().map(this::withPartition).filter(a -> !a.partition().isEmpty()).toList();
    }

    private Account withPartition(Account account) {
        if (!account.partition().isEmpty() || account.credentialRootId() == null) {
            return account;
        }
        String partition = context.credentialRoot(account.credentialRootId()).map(CredentialRoot::partition)
                .orElse("");
        return new Account(account.provider(), partition, account.accountId(), account.name(), account.email(),
                account.status(), account.organizationPath(), account.credentialRootId(), account.roleName(),
                account.externalId(), account.sessionDuration(), account.source(), account.updatedAt());
    }

    /** Returns the registered account with this id in this partition, if any. */
    public Optional<Account> registration(String partition, String account) {
        return registrations().stream().filter(a -> a.accountId().equals(account))
                .filter(a -> a.partition().equals(partition)).findFirst();
    }

    /** Returns the principal acting in {@code account}, assuming a role when it is not a root's own account. */
    public CompletableFuture<Principal> principal(String partition, String account, String sessionName) {
        List<CompletableFuture<Optional<Principal>>> own = new ArrayList<>();
        for (CredentialRoot root : roots(partition)) {
            own.add(identities.principal(root).handle((p, e) -> e == null && p.account().equals(account)
                    ? Optional.of(p) : Optional.empty()));
        }
        return CompletableFuture.allOf(own.toArray(CompletableFuture[]::new)).thenCompose(v -> own.stream()
                .map(CompletableFuture::join).flatMap(Optional::stream).findFirst()
                .map(CompletableFuture::completedFuture)
                .orElseGet(() -> assumed(partition, account, sessionName)));
    }

    /** Returns the principal of a root's own account. */
    public CompletableFuture<Principal> rootPrincipal(CredentialRoot root) {
        return identities.principal(root);
    }

    private CompletableFuture<Principal> assumed(String partition, String account, String sessionName) {
        Account registration = registration(partition, account).orElse(null);
        CredentialRoot root = rootFor(partition, account, registration);
        AwsSettings s = settings.get();
        String role = first(registration == null ? null : registration.roleName(), root.roleName(), s.roleName());
        String externalId = first(registration == null ? null : registration.externalId(), root.externalId(), null);
        Duration duration = first(registration == null ? null : registration.sessionDuration(),
                root.sessionDuration(), s.sessionDuration());
        return identities.principal(root).thenCompose(rootPrincipal -> roles.principal(rootPrincipal,
                new AssumedRoles.RoleTarget(account, role, externalId, duration, sessionName)));
    }

    private CredentialRoot rootFor(String partition, String account, Account registration) {
        if (registration != null && registration.credentialRootId() != null) {
            CredentialRoot root = context.credentialRoot(registration.credentialRootId()).orElseThrow(
                    () -> new CredentialsException("credentials: account " + account + " names credential root '"
                            + registration.credentialRootId() + "', which does not exist"));
            if (!root.partition().equals(partition)) {
                throw new CredentialsException("credentials: account " + account + " is in partition " + partition
                        + " but its root '" + root.id() + "' is in " + root.partition()
                        + "; roles are never assumed across partitions");
            }
            return root;
        }
        List<CredentialRoot> candidates = roots(partition);
        if (candidates.isEmpty()) {
            throw new CredentialsException("credentials: no credential root for partition " + partition
                    + " reaches account " + account);
        }
        return candidates.get(0);
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T value : values) {
            if (value != null && !(value instanceof String s && s.isBlank())) {
                return value;
            }
        }
        return values[values.length - 1];
    }
}
