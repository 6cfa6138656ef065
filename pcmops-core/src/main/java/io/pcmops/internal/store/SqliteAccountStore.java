package io.pcmops.internal.store;

import com.fasterxml.jackson.core.type.TypeReference;
import io.pcmops.internal.json.Json;
import io.pcmops.model.Account;
import io.pcmops.model.OrganizationalUnit;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.inject.Inject;

/** {@link AccountStore} on SQLite. */
public final class SqliteAccountStore implements AccountStore {

    private static final TypeReference<List<OrganizationalUnit>> PATH = new TypeReference<>() { };

    private final Database database;

    @Inject
    public SqliteAccountStore(Database database) {
        this.database = database;
    }

    @Override
    public List<Account> list() {
        return database.read(c -> Sql.list(c, "SELECT * FROM accounts ORDER BY provider, account_id",
                SqliteAccountStore::map));
    }

    @Override
    public List<Account> list(String provider) {
        return database.read(c -> Sql.list(c, "SELECT * FROM accounts WHERE provider = ? ORDER BY account_id",
                SqliteAccountStore::map, provider));
    }

    @Override
    public void upsert(List<Account> accounts) {
        database.write(c -> {
            for (Account a : accounts) {
                Sql.update(c, "INSERT INTO accounts (provider, account_id, partition, name, email, status, "
                                + "organization_path, credential_root_id, role_name, external_id, "
                                + "session_duration_seconds, source, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) "
                                + "ON CONFLICT (provider, account_id) DO UPDATE SET partition = excluded.partition, "
                                + "name = excluded.name, email = excluded.email, status = excluded.status, "
                                + "organization_path = excluded.organization_path, "
                                + "credential_root_id = excluded.credential_root_id, role_name = excluded.role_name, "
                                + "external_id = excluded.external_id, "
                                + "session_duration_seconds = excluded.session_duration_seconds, "
                                + "source = excluded.source, updated_at = excluded.updated_at",
                        a.provider(), a.accountId(), a.partition(), a.name(), a.email(), a.status(),
                        Json.write(a.organizationPath()), a.credentialRootId(), a.roleName(), a.externalId(),
                        a.sessionDuration(), a.source(), a.updatedAt());
            }
            return null;
        });
    }

    @Override
    public boolean delete(String provider, String accountId) {
        return database.write(c -> Sql.update(c, "DELETE FROM accounts WHERE provider = ? AND account_id = ?",
                provider, accountId) > 0);
    }

    private static Account map(ResultSet row) throws SQLException {
        return new Account(row.getString("provider"), row.getString("partition"), row.getString("account_id"),
                row.getString("name"), row.getString("email"), row.getString("status"),
                Json.read(row.getString("organization_path"), PATH), row.getString("credential_root_id"),
                row.getString("role_name"), row.getString("external_id"), Sql.seconds(row, "session_duration_seconds"),
                row.getString("source"), Sql.instant(row, "updated_at"));
    }
}
