package io.pcmops.internal.store;

import io.pcmops.model.CredentialRoot;
import io.pcmops.model.CredentialSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;

/** {@link CredentialStore} on SQLite; sealed secrets live in the {@code secrets} table. */
public final class SqliteCredentialStore implements CredentialStore {

    private final Database database;

    @Inject
    public SqliteCredentialStore(Database database) {
        this.database = database;
    }

    @Override
    public void insert(CredentialRoot root, String secretId, byte[] sealedSecret) {
        database.write(c -> {
            if (secretId != null) {
                Sql.update(c, "INSERT INTO secrets (id, ciphertext, created_at) VALUES (?,?,?)", secretId,
                        sealedSecret, root.createdAt());
            }
            return Sql.update(c, "INSERT INTO credential_roots (id, provider, partition, source, role_name, "
                            + "external_id, session_duration_seconds, masked_key, secret_id, created_at, created_by) "
                            + "VALUES (?,?,?,?,?,?,?,?,?,?,?)", root.id(), root.provider(), root.partition(),
                    root.source().toString(), root.roleName(), root.externalId(), root.sessionDuration(),
                    root.maskedKey(), secretId, root.createdAt(), root.createdBy());
        });
    }

    @Override
    public List<CredentialRoot> list() {
        return database.read(c -> Sql.list(c, "SELECT * FROM credential_roots ORDER BY partition, id",
                SqliteCredentialStore::map));
    }

    @Override
    public Optional<CredentialRoot> find(String rootId) {
        return database.read(c -> Sql.one(c, "SELECT * FROM credential_roots WHERE id = ?",
                SqliteCredentialStore::map, rootId));
    }

    @Override
    public Optional<SealedSecret> secretOf(String rootId) {
        return database.read(c -> Sql.one(c, "SELECT s.id, s.ciphertext FROM credential_roots r JOIN secrets s "
                + "ON s.id = r.secret_id WHERE r.id = ?", row -> new SealedSecret(row.getString(1), row.getBytes(2)),
                rootId));
    }

    @Override
    public boolean delete(String rootId) {
        return database.write(c -> {
            Sql.update(c, "DELETE FROM secrets WHERE id = (SELECT secret_id FROM credential_roots WHERE id = ?)",
                    rootId);
            return Sql.update(c, "DELETE FROM credential_roots WHERE id = ?", rootId) > 0;
        });
    }

    private static CredentialRoot map(ResultSet row) throws SQLException {
        return new CredentialRoot(row.getString("id"), row.getString("provider"), row.getString("partition"),
                CredentialSource.parse(row.getString("source")), row.getString("role_name"),
                row.getString("external_id"), Sql.seconds(row, "session_duration_seconds"),
                row.getString("masked_key"), Sql.instant(row, "created_at"), row.getString("created_by"));
    }
}
