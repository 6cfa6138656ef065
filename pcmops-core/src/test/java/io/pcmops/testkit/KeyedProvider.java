package io.pcmops.testkit;

import io.pcmops.InvalidRequestException;
import io.pcmops.model.Account;
import io.pcmops.model.CredentialRoot;
import io.pcmops.model.CredentialStatus;
import io.pcmops.model.OrganizationalUnit;
import io.pcmops.model.TargetListing;
import io.pcmops.spi.AccountDiscovery;
import io.pcmops.spi.CommandExecutor;
import io.pcmops.spi.CredentialSupport;
import io.pcmops.spi.Provider;
import io.pcmops.spi.ProviderContext;
import io.pcmops.spi.ProviderMetadata;
import io.pcmops.spi.Secret;
import io.pcmops.spi.TargetInventory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A provider with credential handling and account discovery for core tests: pasted text {@code KEY:SECRET} becomes
 * a secret; validation opens the sealed secret through the context and accepts the key {@code good}.
 */
public final class KeyedProvider implements Provider, CredentialSupport, AccountDiscovery {

    private ProviderContext context;

    @Override
    public ProviderMetadata metadata() {
        return new ProviderMetadata("keyed", "Keyed", "tests credential handling");
    }

    @Override
    public void start(ProviderContext providerContext) {
        this.context = providerContext;
    }

    @Override
    public TargetInventory inventory() {
        return request -> CompletableFuture.completedFuture(TargetListing.of(List.of()));
    }

    @Override
    public CommandExecutor executor() {
        throw new UnsupportedOperationException("keyed provider runs nothing");
    }

    @Override
    public Optional<CredentialSupport> credentialSupport() {
        return Optional.of(this);
    }

    @Override
    public Optional<AccountDiscovery> accountDiscovery() {
        return Optional.of(this);
    }

    @Override
    public Secret parsePasted(String pasted) {
        String[] parts = pasted.trim().split(":");
        if (parts.length != 2) {
            throw new InvalidRequestException("expected KEY:SECRET");
        }
        return Secret.of(Map.of("key", parts[0], "secret", parts[1]));
    }

    @Override
    public String mask(Secret secret) {
        String key = secret.get("key").orElse("");
        return key.length() <= 4 ? "****" : key.substring(0, 2) + "…" + key.substring(key.length() - 2);
    }

    @Override
    public CompletableFuture<CredentialStatus> validate(CredentialRoot root) {
        Secret secret = context.secret(root, "validate");
        boolean good = secret.get("key").orElse("").startsWith("good");
        return CompletableFuture.completedFuture(new CredentialStatus(root.id(),
                good ? CredentialStatus.State.VALID : CredentialStatus.State.INVALID, good ? "111111111111" : null,
                null, null, root.maskedKey(), good ? "ok" : "rejected", context.clock().instant()));
    }

    @Override
    public CompletableFuture<List<Account>> discover(CredentialRoot root) {
        OrganizationalUnit rootUnit = new OrganizationalUnit("r-1", "Root");
        OrganizationalUnit prod = new OrganizationalUnit("ou-prod", "Prod");
        return CompletableFuture.completedFuture(List.of(
                new Account("keyed", root.partition(), "222222222222", "prod-a", null, "ACTIVE",
                        List.of(rootUnit, prod), root.id(), null, null, null, "discovered", null),
                new Account("keyed", root.partition(), "333333333333", "dev-a", null, "ACTIVE", List.of(rootUnit),
                        root.id(), null, null, null, "discovered", null)));
    }
}
