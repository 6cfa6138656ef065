package io.pcmops.internal.workflow.store;

import io.pcmops.internal.store.Database;
import io.pcmops.internal.store.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Singleton;

/** Stored workflow versions (their YAML sources). */
@Singleton
public final class WorkflowStore {

    private static final String COLUMNS = "name, version, hash, source, shipped, created_at, created_by";

    private final Database database;

    @Inject
    public WorkflowStore(Database database) {
        this.database = database;
    }

    /**
     * One stored version.
     *
     * @param name      workflow name
     * @param version   version
     * @param hash      SHA-256 of the source
     * @param source    YAML source
     * @param shipped   whether it came with PCM-Ops
     * @param createdAt when it was saved
     * @param createdBy who saved it
     */
    public record Row(String name, int version, String hash, String source, boolean shipped, Instant createdAt,
                      String createdBy) {
    }

    /**
     * The outcome of a save.
     *
     * @param row     the latest version
     * @param created whether the save created it
     */
    public record Saved(Row row, boolean created) {
    }

    /** Inserts the next version unless the latest has the same hash. */
    public Saved saveIfChanged(String name, String hash, String source, boolean shipped, Instant at, String by) {
        return database.write(c -> {
            Optional<Row> latest = Sql.one(c, "SELECT " + COLUMNS + " FROM workflows WHERE name = ? "
                    + "ORDER BY version DESC LIMIT 1", WorkflowStore::map, name);
            if (latest.isPresent() && latest.get().hash().equals(hash)) {
                return new Saved(latest.get(), false);
            }
            int version = latest.map(r -> r.version() + 1).orElse(1);
            Sql.update(c, "INSERT INTO workflows (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?)", name, version, hash,
                    source, shipped, at, by);
            return new Saved(new Row(name, version, hash, source, shipped, at, by), true);
        });
    }

    /** Returns whether any version of the workflow has this hash. */
    public boolean hasVersionWithHash(String name, String hash) {
        return database.read(c -> Sql.count(c, "SELECT count(*) FROM workflows WHERE name = ? AND hash = ?",
                name, hash)) > 0;
    }

    public Optional<Row> latest(String name) {
        return database.read(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM workflows WHERE name = ? "
                + "ORDER BY version DESC LIMIT 1", WorkflowStore::map, name));
    }

    public Optional<Row> version(String name, int version) {
        return database.read(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM workflows WHERE name = ? AND version = ?",
                WorkflowStore::map, name, version));
    }

    public List<Row> versions(String name) {
        return database.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM workflows WHERE name = ? "
                + "ORDER BY version", WorkflowStore::map, name));
    }

    public List<Row> latestOfEach() {
        return database.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM workflows w WHERE version = "
                + "(SELECT max(version) FROM workflows WHERE name = w.name) ORDER BY name", WorkflowStore::map));
    }

    public boolean delete(String name) {
        return database.write(c -> Sql.update(c, "DELETE FROM workflows WHERE name = ?", name)) > 0;
    }

    private static Row map(ResultSet row) throws SQLException {
        return new Row(row.getString("name"), row.getInt("version"), row.getString("hash"), row.getString("source"),
                Sql.flag(row, "shipped"), Sql.instant(row, "created_at"), row.getString("created_by"));
    }
}
