package io.pcmops.internal.store;

import java.util.Map;

/** Per-provider settings. */
public interface SettingsStore {

    Map<String, String> get(String provider);

    void put(String provider, String key, String value);

    void remove(String provider, String key);
}
