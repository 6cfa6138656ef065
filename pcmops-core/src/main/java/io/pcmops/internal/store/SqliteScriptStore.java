package io.pcmops.internal.store;

import com.fasterxml.jackson.core.type.TypeReference;
import io.pcmops.internal.json.Json;
import io.pcmops.model.ParameterSpec;
import io.pcmops.model.Script;
import io.pcmops.model.ScriptLanguage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;

/** {@link ScriptStore} on SQLite. */
public final class SqliteScriptStore implements ScriptStore {

    private static final TypeReference<List<ParameterSpec>> PARAMETERS = new TypeReference<>() { };
    private static final String COLUMNS =
            "name, version, hash, description, language, body, parameters, created_at, created_by";

    private final Database database;

    @Inject
    public SqliteScriptStore(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Script> latest(String name) {
        return database.read(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM scripts WHERE name = ? "
                + "ORDER BY version DESC LIMIT 1", SqliteScriptStore::map, name));
    }

    @Override
    public Optional<Script> version(String name, int version) {
        return database.read(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM scripts WHERE name = ? AND version = ?",
                SqliteScriptStore::map, name, version));
    }

    @Override
    public List<Script> latestOfEach() {
        return database.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM scripts s WHERE version = "
                + "(SELECT max(version) FROM scripts WHERE name = s.name) ORDER BY name", SqliteScriptStore::map));
    }

    @Override
    public List<Script> versions(String name) {
        return database.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM scripts WHERE name = ? ORDER BY version",
                SqliteScriptStore::map, name));
    }

    @Override
    public Script insertNextVersion(Script draft) {
        return database.write(c -> {
            int next = (int) Sql.count(c, "SELECT coalesce(max(version), 0) + 1 FROM scripts WHERE name = ?",
                    draft.name());
            Script stored = new Script(draft.name(), next, draft.hash(), draft.description(), draft.language(),
                    draft.body(), draft.parameters(), draft.createdAt(), draft.createdBy());
            Sql.update(c, "INSERT INTO scripts (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?)", stored.name(),
                    stored.version(), stored.hash(), stored.description(), stored.language().id(), stored.body(),
                    Json.write(stored.parameters()), stored.createdAt(), stored.createdBy());
            return stored;
        });
    }

    @Override
    public boolean delete(String name) {
        return database.write(c -> Sql.update(c, "DELETE FROM scripts WHERE name = ?", name) > 0);
    }

    private static Script map(ResultSet row) throws SQLException {
        return new Script(row.getString("name"), row.getInt("version"), row.getString("hash"),
                row.getString("description"), ScriptLanguage.parse(row.getString("language")), row.getString("body"),
                Json.read(row.getString("parameters"), PARAMETERS), Sql.instant(row, "created_at"),
                row.getString("created_by"));
    }
}
