package io.pcmops.internal.store;

import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import javax.inject.Inject;

/** {@link SettingsStore} on SQLite. */
public final class SqliteSettingsStore implements SettingsStore {

    private final Database database;
    private final Clock clock;

    @Inject
    public SqliteSettingsStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public Map<String, String> get(String provider) {
        return database.read(c -> {
            Map<String, String> settings = new TreeMap<>();
            Sql.list(c, "SELECT key, value FROM provider_settings WHERE provider = ?",
                    row -> settings.put(row.getString(1), row.getString(2)), provider);
            return settings;
        });
    }

    @Override
    public void putAll(String provider, Map<String, String> values) {
        database.write(c -> {
            for (Map.Entry<String, String> setting : values.entrySet()) {
                Sql.update(c, "INSERT INTO provider_settings (provider, key, value, updated_at) VALUES (?,?,?,?) "
                        + "ON CONFLICT (provider, key) DO UPDATE SET value = excluded.value, "
                        + "updated_at = excluded.updated_at", provider, setting.getKey(), setting.getValue(),
                        clock.instant());
            }
            return null;
        });
    }

    @Override
    public void remove(String provider, String key) {
        database.write(c -> Sql.update(c, "DELETE FROM provider_settings WHERE provider = ? AND key = ?", provider,
                key));
    }
}
