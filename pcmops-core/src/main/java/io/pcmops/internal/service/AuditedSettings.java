package io.pcmops.internal.service;

import io.pcmops.ProviderSettings;
import io.pcmops.internal.audit.AuditLog;
import io.pcmops.internal.provider.StoreProviderSettings;
import io.pcmops.model.AuditEntry;
import io.pcmops.spi.SettingSpec;
import java.util.List;
import java.util.Map;

/** {@link ProviderSettings} whose changes are audited under the acting user. */
public final class AuditedSettings implements ProviderSettings {

    private final StoreProviderSettings settings;
    private final AuditLog audit;
    private final String actor;

    public AuditedSettings(StoreProviderSettings settings, AuditLog audit, String actor) {
        this.settings = settings;
        this.audit = audit;
        this.actor = actor;
    }

    @Override
    public Map<String, String> get(String providerId) {
        return settings.get(providerId);
    }

    @Override
    public void put(String providerId, String key, String value) {
        settings.put(providerId, key, value);
        audited(providerId, key, value);
    }

    @Override
    public void putAll(String providerId, Map<String, String> values) {
        settings.putAll(providerId, values);
        values.forEach((key, value) -> audited(providerId, key, value));
    }

    @Override
    public List<SettingSpec> declared(String providerId) {
        return settings.declared(providerId);
    }

    @Override
    public void remove(String providerId, String key) {
        settings.remove(providerId, key);
        audit.append(AuditEntry.of(actor, "setting.remove", providerId + "." + key, "ok"));
    }

    private void audited(String providerId, String key, String value) {
        audit.append(new AuditEntry(actor, "setting.put", providerId + "." + key, "", null, "ok",
                Map.of("value", value)));
    }
}
