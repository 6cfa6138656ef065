package io.pcmops.http.testing;

import io.pcmops.InvalidRequestException;
import io.pcmops.model.Account;
import io.pcmops.model.CredentialRoot;
import io.pcmops.model.CredentialStatus;
import io.pcmops.model.TargetListing;
import io.pcmops.spi.AccountDiscovery;
import io.pcmops.spi.CommandExecutor;
import io.pcmops.spi.CredentialSupport;
import io.pcmops.spi.Provider;
import io.pcmops.spi.ProviderMetadata;
import io.pcmops.spi.Secret;
import io.pcmops.spi.TargetInventory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A provider with credential roots and account discovery, standing in for a cloud until the AWS provider lands:
 * pasted secrets are {@code KEY_ID:SECRET_KEY}; validation accepts them; discovery finds two accounts.
 */
public final class TestCloudProvider implements Provider {

    public static final String ID = "testcloud";

    @Override
    public ProviderMetadata metadata() {
        return new ProviderMetadata(ID, "Test cloud", "Credential roots and accounts for tests");
    }

    @Override
    public TargetInventory inventory() {
        return request -> CompletableFuture.completedFuture(TargetListing.of(List.of()));
    }

    @Override
    public CommandExecutor executor() {
        throw new UnsupportedOperationException("the test cloud runs nothing");
    }

    @Override
    public Optional<CredentialSupport> credentialSupport() {
        return Optional.of(new CredentialSupport() {
            @Override
            public Secret parsePasted(String pasted) {
                String[] parts = pasted.trim().split(":");
                if (parts.length != 2) {
                    throw new InvalidRequestException("paste KEY_ID:SECRET_KEY");
                }
                return Secret.of(Map.of("accessKeyId", parts[0], "secretAccessKey", parts[1]));
            }

            @Override
            public String mask(Secret secret) {
                String key = secret.get("accessKeyId").orElse("");
                return key.substring(0, 4) + "…" + key.substring(key.length() - 4);
            }

            @Override
            public CompletableFuture<CredentialStatus> validate(CredentialRoot root) {
                return CompletableFuture.completedFuture(new CredentialStatus(root.id(), CredentialStatus.State.VALID,
                        "111122223333", "arn:test:iam::111122223333:user/tester", null, root.maskedKey(), "valid",
                        Instant.now()));
            }
        });
    }

    @Override
    public Optional<AccountDiscovery> accountDiscovery() {
        return Optional.of(root -> CompletableFuture.completedFuture(List.of(
                new Account(ID, root.partition(), "111122223333", "management", null, "ACTIVE", List.of(),
                        root.id(), null, null, null, "discovered", Instant.now()),
                new Account(ID, root.partition(), "444455556666", "workloads", null, "ACTIVE", List.of(),
                        root.id(), null, null, null, "discovered", Instant.now()))));
    }
}
