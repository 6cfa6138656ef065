package io.pcmops;

import java.util.Map;

/**
 * Per-provider settings kept in the store, shared by the library, the CLI and the server. The setting
 * {@code enabled=false} hides a provider from targets, plans and runs.
 */
public interface ProviderSettings {

    /** Returns a provider's settings, defaults included. */
    Map<String, String> get(String providerId);

    /** Sets one setting. */
    void put(String providerId, String key, String value);

    /** Removes one setting, falling back to its default. */
    void remove(String providerId, String key);
}
