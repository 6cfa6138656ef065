package io.pcmops.internal.provider;

import io.pcmops.InvalidRequestException;
import io.pcmops.ProviderNotFoundException;
import io.pcmops.spi.Provider;
import io.pcmops.spi.ProviderMetadata;
import io.pcmops.spi.SettingSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The settings each registered provider declares, and the checks of values against them. */
final class SettingsSchema {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsSchema.class);

    private final Map<String, ProviderMetadata> metadata = new TreeMap<>();
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    SettingsSchema(Map<String, Provider> providers) {
        providers.forEach((id, provider) -> metadata.put(id, provider.metadata()));
    }

    List<SettingSpec> declared(String providerId) {
        return metadata(providerId).settings();
    }

    boolean knows(String providerId) {
        return metadata.containsKey(providerId);
    }

    /** Returns the values in normal form, or fails naming the first bad one. */
    Map<String, String> check(String providerId, Map<String, String> values) {
        ProviderMetadata provider = metadata(providerId);
        Map<String, String> checked = new TreeMap<>();
        values.forEach((key, value) -> checked.put(key, spec(provider, key).check(key, value)));
        return checked;
    }

    /**
     * Returns the values that pass their checks; one that does not (stored before values were checked) is left
     * out, with a warning, so the provider uses its default instead.
     */
    Map<String, String> valid(String providerId, Map<String, String> values) {
        if (!knows(providerId)) {
            return values;
        }
        Map<String, String> valid = new TreeMap<>();
        values.forEach((key, value) -> {
            try {
                valid.put(key, spec(metadata(providerId), key).check(key, value));
            } catch (InvalidRequestException e) {
                if (warned.add(providerId + "." + key + "=" + value)) {
                    LOG.warn("provider {}: ignoring the stored setting {} ({}); its default applies", providerId, key,
                            e.getMessage());
                }
            }
        });
        return valid;
    }

    private ProviderMetadata metadata(String providerId) {
        ProviderMetadata provider = metadata.get(providerId);
        if (provider == null) {
            throw new ProviderNotFoundException(providerId, metadata.keySet());
        }
        return provider;
    }

    private static SettingSpec spec(ProviderMetadata provider, String key) {
        return provider.setting(key).orElseThrow(() -> new InvalidRequestException("provider '" + provider.id()
                + "' has no setting '" + key + "'; its settings are: " + provider.settings().stream()
                .map(SettingSpec::key).collect(Collectors.joining(", "))));
    }
}
