package io.pcmops.spi;

import io.pcmops.model.Account;
import io.pcmops.model.AuditEntry;
import io.pcmops.model.CredentialRoot;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/** What the library offers a provider. Everything read here reflects the store at the time of the call. */
public interface ProviderContext {

    /** Returns the provider's id. */
    String providerId();

    /** Returns the library's clock. */
    Clock clock();

    /** Returns the executor for the provider's asynchronous work. */
    Executor executor();

    /** Returns a scheduler for polling and timers. Never block its threads. */
    ScheduledExecutorService scheduler();

    /** Returns the provider's own folder inside the data directory; it exists. */
    Path dataDirectory();

    /** Returns the provider's settings (e.g. {@code s3OutputBucket}, {@code pollInterval}). */
    Map<String, String> settings();

    /** Returns the credential roots registered for this provider. */
    List<CredentialRoot> credentialRoots();

    /** Returns the credential root with this id, if it belongs to this provider. */
    Optional<CredentialRoot> credentialRoot(String id);

    /**
     * Opens the secret kept in the vault for a credential root and records the use in the audit log.
     *
     * @param root    a root whose source is {@code vault}
     * @param purpose why it is opened, for the audit log (e.g. {@code run r-123})
     * @return the secret as the provider stored it
     * @throws io.pcmops.CredentialsException when the root has no secret
     * @throws io.pcmops.VaultException       when the secret cannot be opened
     */
    Secret secret(CredentialRoot root, String purpose);

    /** Returns the accounts registered for this provider. */
    List<Account> accounts();

    /** Appends an entry to the audit log. */
    void audit(AuditEntry entry);
}
