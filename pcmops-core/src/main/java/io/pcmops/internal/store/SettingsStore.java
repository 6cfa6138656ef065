package io.pcmops.internal.store;

import java.util.Map;

/** Per-provider settings. */
public interface SettingsStore {

    Map<String, String> get(String provider);

    /** Stores the values in one transaction. */
    void putAll(String provider, Map<String, String> values);

    void remove(String provider, String key);
}
