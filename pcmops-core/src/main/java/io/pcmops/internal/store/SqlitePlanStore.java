package io.pcmops.internal.store;

import com.fasterxml.jackson.core.type.TypeReference;
import io.pcmops.internal.json.Json;
import io.pcmops.model.BlastRadius;
import io.pcmops.model.Plan;
import io.pcmops.model.ScopeError;
import io.pcmops.model.Selector;
import io.pcmops.model.Target;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;

/** {@link PlanStore} on SQLite; a plan's targets are one JSON document. */
public final class SqlitePlanStore implements PlanStore {

    private static final TypeReference<List<Target>> TARGETS = new TypeReference<>() { };
    private static final TypeReference<List<ScopeError>> ERRORS = new TypeReference<>() { };
    private static final TypeReference<List<String>> WARNINGS = new TypeReference<>() { };

    private final Database database;

    @Inject
    public SqlitePlanStore(Database database) {
        this.database = database;
    }

    @Override
    public void insert(Plan plan, String provider) {
        database.write(c -> Sql.update(c, "INSERT INTO plans (id, created_at, created_by, provider, selector, targets, "
                        + "blast_radius, errors, warnings) VALUES (?,?,?,?,?,?,?,?,?)", plan.id(), plan.createdAt(),
                plan.createdBy(), provider, Json.write(plan.selector()), Json.write(plan.targets()),
                Json.write(plan.blastRadius()), Json.write(plan.errors()), Json.write(plan.warnings())));
    }

    @Override
    public Optional<Plan> find(String planId) {
        return database.read(c -> Sql.one(c, "SELECT * FROM plans WHERE id = ?", SqlitePlanStore::map, planId));
    }

    private static Plan map(ResultSet row) throws SQLException {
        return new Plan(row.getString("id"), Sql.instant(row, "created_at"), row.getString("created_by"),
                Json.read(row.getString("selector"), Selector.class), Json.read(row.getString("targets"), TARGETS),
                Json.read(row.getString("blast_radius"), BlastRadius.class), Json.read(row.getString("errors"), ERRORS),
                Json.read(row.getString("warnings"), WARNINGS));
    }
}
