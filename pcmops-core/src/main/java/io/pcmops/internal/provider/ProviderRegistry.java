package io.pcmops.internal.provider;

import io.pcmops.ConflictException;
import io.pcmops.ProviderNotFoundException;
import io.pcmops.spi.Provider;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registered providers. A provider is started with its context on first use, so a process that never touches
 * a provider never pays for its start-up.
 */
public final class ProviderRegistry implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderRegistry.class);

    private final Map<String, Provider> providers;
    private final StoreProviderSettings settings;
    private final LibraryProviderContext.LibraryServices services;
    private final Set<String> started = new HashSet<>();

    ProviderRegistry(Map<String, Provider> providers, StoreProviderSettings settings,
                     LibraryProviderContext.LibraryServices services) {
        this.providers = Map.copyOf(providers);
        this.settings = settings;
        this.services = services;
    }

    /** Returns every registered provider id, sorted. */
    public List<String> ids() {
        return providers.keySet().stream().sorted().toList();
    }

    /** Returns whether a provider is registered (enabled or not). */
    public boolean has(String id) {
        return providers.containsKey(id);
    }

    /** Returns the started provider with this id; unknown ids list the known ones. */
    public Provider get(String id) {
        Provider provider = providers.get(id);
        if (provider == null) {
            throw new ProviderNotFoundException(id, providers.keySet());
        }
        startOnce(id, provider);
        return provider;
    }

    /** Returns the enabled provider with this id, failing when it is disabled. */
    public Provider enabled(String id) {
        Provider provider = get(id);
        if (!settings.enabled(id)) {
            throw new ConflictException("provider '" + id + "' is disabled; an administrator can enable it "
                    + "(setting enabled=true)");
        }
        return provider;
    }

    /**
     * Returns the id a selector means: the given one, or else the only provider that is enabled and configured.
     *
     * @throws ConflictException listing the choices when several are, or saying none is
     */
    public String resolve(String idOrNull) {
        if (idOrNull != null) {
            enabled(idOrNull);
            return idOrNull;
        }
        List<String> ready = ids().stream().filter(settings::enabled).filter(id -> get(id).configured()).toList();
        if (ready.size() == 1) {
            return ready.get(0);
        }
        throw new ConflictException(ready.isEmpty() ? "no provider is enabled and configured"
                : "several providers are enabled; choose one with provider: " + String.join(", ", ready));
    }

    /** Returns the providers that are started, for metrics. */
    public synchronized List<Provider> startedProviders() {
        List<Provider> result = new ArrayList<>();
        started.forEach(id -> result.add(providers.get(id)));
        return result;
    }

    /** Returns every provider, started or not. */
    public List<Provider> all() {
        return ids().stream().map(providers::get).toList();
    }

    private synchronized void startOnce(String id, Provider provider) {
        if (started.add(id)) {
            try {
                provider.start(new LibraryProviderContext(id, services));
            } catch (RuntimeException e) {
                started.remove(id);
                throw e;
            }
        }
    }

    @Override
    public synchronized void close() {
        for (String id : started) {
            try {
                providers.get(id).close();
            } catch (RuntimeException e) {
                LOG.warn("provider {} failed to close: {}", id, e.toString());
            }
        }
        started.clear();
    }
}
