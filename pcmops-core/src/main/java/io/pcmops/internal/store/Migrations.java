package io.pcmops.internal.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/**
 * Applies the schema migrations in {@code io/pcmops/db/migration} with Flyway. When the file is already at the
 * latest version, Flyway is not started at all, which keeps short-lived processes (the CLI) quick.
 */
final class Migrations {

    /** Highest migration version shipped; keep in step with the newest {@code V<n>__*.sql} file. */
    static final int LATEST = 6;

    private static final String LOCATION = "classpath:io/pcmops/db/migration";

    private Migrations() {
    }

    static void apply(Connection connection, String url) throws SQLException {
        if (currentVersion(connection) >= LATEST) {
            return;
        }
        Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(url, "", "")
                .locations(LOCATION)
                .loggers("slf4j")
                .load()
                .migrate();
    }

    private static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet tables = statement.executeQuery(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
                if (!tables.next() || tables.getInt(1) == 0) {
                    return 0;
                }
            }
            try (ResultSet version = statement.executeQuery(
                    "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
                return version.next() ? version.getInt(1) : 0;
            }
        }
    }
}
