package io.pcmops.internal.provider;

import io.pcmops.InvalidRequestException;
import io.pcmops.ProviderSettings;
import io.pcmops.internal.store.SettingsStore;
import io.pcmops.spi.Provider;
import io.pcmops.spi.SettingSpec;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link ProviderSettings} from the store, between the defaults given to the builder (never written) and the
 * settings the builder fixes (which win, and which {@link #put} and {@link #remove} refuse to change). Values are
 * checked against the providers' declared settings.
 */
public final class StoreProviderSettings implements ProviderSettings {

    private final SettingsStore store;
    private final SettingsSchema schema;
    private final Map<String, Map<String, String>> defaults;
    private final Map<String, Map<String, String>> fixed;

    /**
     * Creates the settings; defaults and fixed settings of registered providers are checked here.
     *
     * @param providers registered providers by id, whose metadata declares their settings
     * @param defaults  default settings per provider (the store's override them)
     * @param fixed     settings per provider fixed for this process (they override the store's)
     */
    public StoreProviderSettings(SettingsStore store, Map<String, Provider> providers,
                                 Map<String, Map<String, String>> defaults, Map<String, Map<String, String>> fixed) {
        this.store = store;
        this.schema = new SettingsSchema(providers);
        this.defaults = checked(defaults);
        this.fixed = checked(fixed);
    }

    @Override
    public Map<String, String> get(String providerId) {
        Map<String, String> settings = new TreeMap<>(defaults.getOrDefault(providerId, Map.of()));
        settings.putAll(store.get(providerId));
        settings.putAll(fixed.getOrDefault(providerId, Map.of()));
        return Collections.unmodifiableMap(settings);
    }

    @Override
    public void put(String providerId, String key, String value) {
        if (value == null) {
            throw new InvalidRequestException("setting '" + key + "' needs a value");
        }
        putAll(providerId, Map.of(key, value));
    }

    @Override
    public void putAll(String providerId, Map<String, String> values) {
        values.keySet().forEach(key -> refuseFixed(providerId, key));
        store.putAll(providerId, schema.check(providerId, values));
    }

    @Override
    public void remove(String providerId, String key) {
        schema.declared(providerId);
        refuseFixed(providerId, key);
        store.remove(providerId, key);
    }

    @Override
    public List<SettingSpec> declared(String providerId) {
        return schema.declared(providerId);
    }

    /** Returns the settings a provider works with: {@link #get} without values that fail their checks. */
    public Map<String, String> effective(String providerId) {
        return schema.valid(providerId, get(providerId));
    }

    /**
     * Returns whether a provider is enabled: its {@code enabled} setting is absent (default {@code true}) or
     * {@code true}. Any other value, even one stored before values were checked, means disabled.
     */
    public boolean enabled(String providerId) {
        String value = get(providerId).get(SettingSpec.ENABLED.key());
        return value == null || value.trim().equalsIgnoreCase("true");
    }

    private void refuseFixed(String providerId, String key) {
        if (fixed.getOrDefault(providerId, Map.of()).containsKey(key)) {
            throw new InvalidRequestException("setting '" + key + "' of provider '" + providerId + "' is fixed by "
                    + "this process's configuration (" + key + "=" + fixed.get(providerId).get(key)
                    + ") and cannot be changed here");
        }
    }

    private Map<String, Map<String, String>> checked(Map<String, Map<String, String>> given) {
        Map<String, Map<String, String>> checked = new TreeMap<>();
        given.forEach((id, values) -> checked.put(id, schema.knows(id) ? schema.check(id, values) : values));
        return Map.copyOf(checked);
    }
}
