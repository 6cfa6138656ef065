package io.pcmops.examples.ssh;

import io.pcmops.model.Account;
import io.pcmops.model.AuditEntry;
import io.pcmops.model.CredentialRoot;
import io.pcmops.spi.ProviderContext;
import io.pcmops.spi.Secret;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** A provider context for driving the plugin through the SPI alone, as the engine would. */
record TestProviderContext(Path dataDirectory, Map<String, String> settings, ScheduledExecutorService scheduler)
        implements ProviderContext, AutoCloseable {

    static TestProviderContext of(Path dataDirectory, Map<String, String> settings) {
        return new TestProviderContext(dataDirectory, settings, Executors.newScheduledThreadPool(1));
    }

    @Override
    public String providerId() {
        return SshProvider.ID;
    }

    @Override
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public Executor executor() {
        return Thread::startVirtualThread;
    }

    @Override
    public List<CredentialRoot> credentialRoots() {
        return List.of();
    }

    @Override
    public Optional<CredentialRoot> credentialRoot(String id) {
        return Optional.empty();
    }

    @Override
    public Secret secret(CredentialRoot root, String purpose) {
        throw new UnsupportedOperationException("the ssh plugin keeps no secrets in the vault");
    }

    @Override
    public List<Account> accounts() {
        return List.of();
    }

    @Override
    public void audit(AuditEntry entry) {
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
