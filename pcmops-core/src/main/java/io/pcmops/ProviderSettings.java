package io.pcmops;

import io.pcmops.spi.SettingSpec;
import java.util.List;
import java.util.Map;

/**
 * Per-provider settings kept in the store, shared by the library, the CLI and the server. Every value is checked
 * against the setting's declared type and range when it is set ({@link #declared(String)}); keys a provider does
 * not declare are refused. The setting {@code enabled} ({@code true} or {@code false}) hides a provider from
 * targets, plans and runs when {@code false}.
 */
public interface ProviderSettings {

    /** Returns a provider's settings as set, over the defaults the library was built with. */
    Map<String, String> get(String providerId);

    /**
     * Sets one setting.
     *
     * @throws InvalidRequestException naming the setting when the key is not declared, the value is not of its
     *                                 type or range, or the setting is fixed by the library's configuration
     */
    void put(String providerId, String key, String value);

    /**
     * Sets several settings at once: all are checked first, then all are stored together, so a bad value stores
     * none of them.
     *
     * @throws InvalidRequestException as {@link #put(String, String, String)}
     */
    void putAll(String providerId, Map<String, String> values);

    /**
     * Removes one setting, falling back to its default.
     *
     * @throws InvalidRequestException when the setting is fixed by the library's configuration
     */
    void remove(String providerId, String key);

    /** Returns the settings a provider declares, {@code enabled} first. */
    List<SettingSpec> declared(String providerId);
}
