package io.pcmops.aws.internal.credentials;

import io.pcmops.aws.internal.client.AwsClients;
import io.pcmops.aws.internal.client.Principal;
import io.pcmops.aws.internal.regions.Partitions;
import io.pcmops.model.CredentialRoot;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/** The account each credential root reaches directly, from STS GetCallerIdentity (cached per root). */
public final class RootIdentities {

    private final AwsClients clients;
    private final RootCredentials credentials;
    private final Map<String, CompletableFuture<Principal>> principals = new ConcurrentHashMap<>();

    public RootIdentities(AwsClients clients, RootCredentials credentials) {
        this.clients = clients;
        this.credentials = credentials;
    }

    /** Returns the root's principal, acting in its own account. */
    public CompletableFuture<Principal> principal(CredentialRoot root) {
        String key = root.id() + "|" + root.createdAt();
        CompletableFuture<Principal> cached = principals.computeIfAbsent(key, k -> identify(root));
        return cached.whenComplete((p, error) -> {
            if (error != null) {
                principals.remove(key, cached);
            }
        });
    }

    /**
     * Calls GetCallerIdentity with a root's credentials in its partition; a root the provider cannot use (e.g. one
     * stored with an unknown partition) fails the returned future, never the caller.
     */
    public CompletableFuture<GetCallerIdentityResponse> callerIdentity(CredentialRoot root) {
        try {
            Principal anonymous = new Principal("root:" + root.id() + "|" + root.createdAt(),
                    Partitions.check(root.partition()), "", credentials.provider(root), RootCredentials.profileOf(root));
            return clients.sts(anonymous, Partitions.home(root.partition())).getCallerIdentity(r -> { });
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletableFuture<Principal> identify(CredentialRoot root) {
        return callerIdentity(root).thenApply(identity -> new Principal("root:" + root.id() + "|" + root.createdAt(),
                root.partition(), identity.account(), credentials.provider(root), RootCredentials.profileOf(root)));
    }
}
