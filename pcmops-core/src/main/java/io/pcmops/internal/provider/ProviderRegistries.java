package io.pcmops.internal.provider;

import io.pcmops.internal.audit.AuditLog;
import io.pcmops.internal.store.AccountStore;
import io.pcmops.internal.store.CredentialStore;
import io.pcmops.internal.vault.Vault;
import io.pcmops.spi.Provider;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/** Creates the {@link ProviderRegistry} with the services its providers' contexts draw on. */
public final class ProviderRegistries {

    private ProviderRegistries() {
    }

    public static ProviderRegistry create(Map<String, Provider> providers, StoreProviderSettings settings, Clock clock,
                                          Executor executor, ScheduledExecutorService scheduler, Path dataDirectory,
                                          CredentialStore credentials, AccountStore accounts, Vault vault,
                                          AuditLog audit) {
        return new ProviderRegistry(providers, settings, new LibraryProviderContext.LibraryServices(clock, executor,
                scheduler, dataDirectory, settings, credentials, accounts, vault, audit));
    }
}
