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
    private final LocalRunAsRule localRunAs;

    @Inject
    public StoreProviderSettings(SettingsStore store, @Named("providerDefaults") Map<String, Map<String, String>> defaults,
                                 LocalRunAsRule localRunAs) {
        this.store = store;
        this.defaults = defaults;
        this.localRunAs = localRunAs;
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
        Map<String, String> after = new TreeMap<>(get(providerId));
        after.put(key, value);
        localRunAs.check(providerId, after);
        store.put(providerId, key, value);
    }

    @Override
    public void remove(String providerId, String key) {
        Map<String, String> after = new TreeMap<>(get(providerId));
        String fallback = defaults.getOrDefault(providerId, Map.of()).get(key);
        if (fallback == null) {
            after.remove(key);
        } else {
            after.put(key, fallback);
        }
        localRunAs.check(providerId, after);
        store.remove(providerId, key);
    }

    /**
     * Checks the stored settings against the rules settings must keep (e.g. when the library starts).
     *
     * @throws InvalidRequestException naming the rule they break
     */
    public void checkRules(String providerId) {
        localRunAs.check(providerId, get(providerId));
    }

    /** Returns whether a provider is enabled ({@code enabled} is not {@code false}). */
    public boolean enabled(String providerId) {
        return enabledIn(get(providerId));
    }

    /** Returns whether settings enable their provider ({@code enabled} is not {@code false}). */
    static boolean enabledIn(Map<String, String> settings) {
        return !"false".equalsIgnoreCase(settings.getOrDefault("enabled", "true"));
    }
}
