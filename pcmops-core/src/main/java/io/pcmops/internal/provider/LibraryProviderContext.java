package io.pcmops.internal.provider;

import io.pcmops.CredentialsException;
import io.pcmops.internal.audit.AuditLog;
import io.pcmops.internal.store.AccountStore;
import io.pcmops.internal.store.CredentialStore;
import io.pcmops.internal.vault.SecretCodec;
import io.pcmops.model.Account;
import io.pcmops.model.AuditEntry;
import io.pcmops.model.CredentialRoot;
import io.pcmops.spi.ProviderContext;
import io.pcmops.spi.Secret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/** The {@link ProviderContext} the library gives each provider. */
final class LibraryProviderContext implements ProviderContext {

    private final String providerId;
    private final LibraryServices services;

    LibraryProviderContext(String providerId, LibraryServices services) {
        this.providerId = providerId;
        this.services = services;
    }

    @Override
    public String providerId() {
        return providerId;
    }

    @Override
    public Clock clock() {
        return services.clock();
    }

    @Override
    public Executor executor() {
        return services.executor();
    }

    @Override
    public ScheduledExecutorService scheduler() {
        return services.scheduler();
    }

    @Override
    public Path dataDirectory() {
        Path directory = services.dataDirectory().resolve("providers").resolve(providerId);
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
    }

    @Override
    public Map<String, String> settings() {
        return services.settings().effective(providerId);
    }

    @Override
    public List<CredentialRoot> credentialRoots() {
        return services.credentials().list().stream().filter(root -> root.provider().equals(providerId)).toList();
    }

    @Override
    public Optional<CredentialRoot> credentialRoot(String id) {
        return services.credentials().find(id).filter(root -> root.provider().equals(providerId));
    }

    @Override
    public Secret secret(CredentialRoot root, String purpose) {
        CredentialStore.SealedSecret sealed = services.credentials().secretOf(root.id())
                .orElseThrow(() -> new CredentialsException("credential root '" + root.id() + "' has no stored secret"));
        Secret secret = SecretCodec.decode(services.vault().open(sealed.id(), sealed.ciphertext()));
        services.audit().append(AuditEntry.of("provider:" + providerId, "credential.use", root.id(), purpose));
        return secret;
    }

    @Override
    public List<Account> accounts() {
        return services.accounts().list(providerId);
    }

    @Override
    public void audit(AuditEntry entry) {
        services.audit().append(entry);
    }

    /** What a provider context draws on. */
    record LibraryServices(Clock clock, Executor executor, ScheduledExecutorService scheduler, Path dataDirectory,
                           StoreProviderSettings settings, CredentialStore credentials, AccountStore accounts,
                           io.pcmops.internal.vault.Vault vault, AuditLog audit) {
    }
}
