package io.pcmops.internal.store;

import java.time.Clock;
import java.util.Optional;
import java.util.function.BiConsumer;
import javax.inject.Inject;

/**
 * What the store holds sealed under the master key: the key's check value, credential secrets and runs' secret
 * parameters (each sealed under the id it is read with).
 */
public final class SealedValues {

    /** Id the key check value is sealed under. */
    public static final String KEY_CHECK_ID = "pcmops:key-check";

    private final Database database;
    private final Clock clock;

    @Inject
    public SealedValues(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Returns the key check value, when the store was opened with a key since it has one. */
    public Optional<byte[]> keyCheck() {
        return database.read(c -> Sql.one(c, "SELECT sealed FROM key_check WHERE id = 1", row -> row.getBytes(1)));
    }

    /** Stores the key check value unless one exists (another process may have been first). */
    public void keepKeyCheck(byte[] sealed) {
        database.write(c -> Sql.update(c, "INSERT OR IGNORE INTO key_check (id, sealed, created_at) VALUES (1,?,?)",
                sealed, clock.instant()));
    }

    /** Returns whether anything sealed is stored. */
    public boolean any() {
        return database.read(c -> Sql.count(c, "SELECT (SELECT count(*) FROM key_check) + (SELECT count(*) FROM "
                + "secrets) + (SELECT count(*) FROM run_secrets)") > 0);
    }

    /** Feeds every sealed secret to the consumer as (id it is sealed under, sealed bytes). */
    public void forEach(BiConsumer<String, byte[]> consumer) {
        database.read(c -> {
            Sql.list(c, "SELECT id, ciphertext FROM secrets", row -> {
                consumer.accept(row.getString(1), row.getBytes(2));
                return null;
            });
            Sql.list(c, "SELECT run_id, sealed FROM run_secrets", row -> {
                consumer.accept(RunSecretIds.of(row.getString(1)), row.getBytes(2));
                return null;
            });
            return null;
        });
    }
}
