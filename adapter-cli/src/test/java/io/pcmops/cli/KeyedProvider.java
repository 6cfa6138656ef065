package io.pcmops.cli;

import io.pcmops.InvalidRequestException;
import io.pcmops.model.CredentialRoot;
import io.pcmops.model.CredentialStatus;
import io.pcmops.model.TargetListing;
import io.pcmops.spi.CommandExecutor;
import io.pcmops.spi.CredentialSupport;
import io.pcmops.spi.DispatchRejectedException;
import io.pcmops.spi.DispatchUnit;
import io.pcmops.spi.DispatchedUnit;
import io.pcmops.spi.InvocationSink;
import io.pcmops.spi.Provider;
import io.pcmops.spi.ProviderContext;
import io.pcmops.spi.ProviderMetadata;
import io.pcmops.spi.Secret;
import io.pcmops.spi.TargetInventory;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A test provider that keeps pasted keys ({@code key_id=...}, {@code secret=...} lines) through the credential SPI,
 * so the CLI's credential commands can be tested without a cloud. It has no targets.
 */
public final class KeyedProvider implements Provider, CredentialSupport {

    private volatile ProviderContext context;

    @Override
    public ProviderMetadata metadata() {
        return new ProviderMetadata("keyed", "Keyed (testing)", "Keeps pasted keys; no targets");
    }

    @Override
    public void start(ProviderContext value) {
        this.context = value;
    }

    @Override
    public TargetInventory inventory() {
        return request -> CompletableFuture.completedFuture(TargetListing.of(List.of()));
    }

    @Override
    public CommandExecutor executor() {
        return new CommandExecutor() {
            @Override
            public int maxUnitSize() {
                return 1;
            }

            @Override
            public CompletableFuture<String> dispatch(DispatchUnit unit, InvocationSink sink) {
                return CompletableFuture.failedFuture(new DispatchRejectedException("no targets", null));
            }

            @Override
            public CompletableFuture<Void> resume(DispatchedUnit unit, InvocationSink sink) {
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public CompletableFuture<Optional<String>> find(DispatchUnit unit, Instant notBefore) {
                return CompletableFuture.completedFuture(Optional.empty());
            }

            @Override
            public CompletableFuture<Void> cancel(DispatchedUnit unit) {
                return CompletableFuture.completedFuture(null);
            }
        };
    }

    @Override
    public Optional<CredentialSupport> credentialSupport() {
        return Optional.of(this);
    }

    @Override
    public Secret parsePasted(String pasted) {
        Map<String, String> fields = new HashMap<>();
        pasted.lines().map(String::trim).filter(line -> line.contains("=")).forEach(line ->
                fields.put(line.substring(0, line.indexOf('=')).trim(), line.substring(line.indexOf('=') + 1).trim()));
        if (!fields.containsKey("key_id") || !fields.containsKey("secret")) {
            throw new InvalidRequestException("pasted credentials need key_id=... and secret=... lines");
        }
        return Secret.of(fields);
    }

    @Override
    public String mask(Secret secret) {
        String key = secret.get("key_id").orElse("");
        return key.length() < 8 ? "****" : key.substring(0, 4) + "…" + key.substring(key.length() - 4);
    }

    @Override
    public CompletableFuture<CredentialStatus> validate(CredentialRoot root) {
        boolean opened = root.source().kind() != io.pcmops.model.CredentialSource.Kind.VAULT
                || context.secret(root, "validate").get("secret").isPresent();
        return CompletableFuture.completedFuture(new CredentialStatus(root.id(),
                opened ? CredentialStatus.State.VALID : CredentialStatus.State.INVALID, "123456789012", null, null,
                root.maskedKey(), opened ? "ok" : "no secret", Instant.now()));
    }
}
