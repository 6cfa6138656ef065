package io.pcmops.internal.provider;

import io.pcmops.InvalidRequestException;
import io.pcmops.ProviderSettings;
import io.pcmops.internal.store.SettingsStore;
import java.util.Map;
import java.util.TreeMap;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

/** {@link ProviderSettings} from the store, over defaults given to the builder (which are never written). */
@Singleton
public final class StoreProviderSettings implements ProviderSettings {

    private final SettingsStore store;
    private final Map<String, Map<String, String>> defaults;

    @Inject
    public StoreProviderSettings(SettingsStore store, @Named("providerDefaults") Map<String, Map<String, String>> defaults) {
        this.store = store;
        this.defaults = defaults;
    }

    @Override
    public Map<String, String> get(String providerId) {
        Map<String, String> settings = new TreeMap<>(defaults.getOrDefault(providerId, Map.of()));
        settings.putAll(store.get(providerId));
        return java.util.Collections.unmodifiableMap(settings);
    }

    @Override
    public void put(String providerId, String key, String value) {
        if (key == null || !key.matches("[A-Za-z][A-Za-z0-9._-]{0,99}")) {
            throw new InvalidRequestException("setting name '" + key + "' must be 1-100 letters, digits, '.', '_' "
                    + "or '-', starting with a letter");
        }
        if (value == null) {
            throw new InvalidRequestException("setting '" + key + "' needs a value");
        }
        store.put(providerId, key, value);
    }

    @Override
    public void remove(String providerId, String key) {
        store.remove(providerId, key);
    }

    /** Returns whether a provider is enabled ({@code enabled} is not {@code false}). */
    public boolean enabled(String providerId) {
        return !"false".equalsIgnoreCase(get(providerId).getOrDefault("enabled", "true"));
    }
}
