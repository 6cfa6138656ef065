package io.pcmops.spi;

import java.util.Map;
import java.util.Optional;

/**
 * A kind of fleet PCM-Ops can list and run scripts on.
 *
 * <p>Lifecycle: the library creates (or is given) the provider, calls {@link #start(ProviderContext)} once before
 * any other method, and {@link #close()} when the library closes. Implementations found by
 * {@link java.util.ServiceLoader} need a public no-argument constructor.
 */
public interface Provider extends AutoCloseable {

    /** Returns the provider's id and description. */
    ProviderMetadata metadata();

    /**
     * Gives the provider its context: settings, credentials, clock, executors, data directory.
     * Called once, before any other method but {@link #metadata()}.
     *
     * @param context the library's services for this provider
     */
    default void start(ProviderContext context) {
    }

    /** Returns the inventory that lists this provider's targets. */
    TargetInventory inventory();

    /** Returns the executor that sends scripts to targets and tracks them. */
    CommandExecutor executor();

    /** Returns the provider's credential handling, when it uses credential roots. */
    default Optional<CredentialSupport> credentialSupport() {
        return Optional.empty();
    }

    /** Returns the provider's account discovery, when it can discover accounts. */
    default Optional<AccountDiscovery> accountDiscovery() {
        return Optional.empty();
    }

    /**
     * Returns whether the provider is set up to list targets (e.g. it has credentials). When a selector names no
     * provider, only providers that are enabled and configured are candidates. Called after {@link #start}.
     */
    default boolean configured() {
        return true;
    }

    /** Returns how many calls the provider made to its cloud, by {@code service:operation}. */
    default Map<String, Long> apiCallCounts() {
        return Map.of();
    }

    /** Releases clients, threads and files. Must not fail if {@link #start} was never called. */
    @Override
    default void close() {
    }
}
