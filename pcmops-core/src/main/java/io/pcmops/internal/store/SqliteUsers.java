package io.pcmops.internal.store;

import io.pcmops.ConflictException;
import io.pcmops.NotFoundException;
import io.pcmops.model.Right;
import io.pcmops.model.Role;
import io.pcmops.model.User;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;

/** {@link UserStore} on SQLite. */
public final class SqliteUsers implements UserStore {

    private static final String COLUMNS = "id, username, roles, grants, must_change_password, disabled, created_at";
    private static final String ENABLED_ADMINS =
            "SELECT count(*) FROM users WHERE disabled = 0 AND (',' || roles || ',') LIKE '%,admin,%'";

    private final Database database;

    @Inject
    public SqliteUsers(Database database) {
        this.database = database;
    }

    @Override
    public User insert(User user, String passwordHash) {
        return database.write(c -> {
            if (Sql.count(c, "SELECT count(*) FROM users WHERE username = ?", user.username()) > 0) {
                throw new ConflictException("user '" + user.username() + "' already exists");
            }
            Sql.update(c, "INSERT INTO users (id, username, password_hash, roles, grants, must_change_password, "
                    + "disabled, created_at) VALUES (?,?,?,?,?,?,?,?)", user.id(), user.username(), passwordHash,
                    Role.format(user.roles()), Right.format(user.grants()), user.mustChangePassword(), user.disabled(),
                    user.createdAt());
            return user;
        });
    }

    @Override
    public Optional<User> find(String username) {
        return database.read(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM users WHERE username = ?",
                SqliteUsers::map, username));
    }

    @Override
    public Optional<User> byId(String userId) {
        return database.read(c -> byId(c, userId));
    }

    @Override
    public List<User> list() {
        return database.read(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM users ORDER BY username",
                SqliteUsers::map));
    }

    @Override
    public Optional<String> passwordHash(String userId) {
        return database.read(c -> Sql.one(c, "SELECT password_hash FROM users WHERE id = ?", row -> row.getString(1),
                userId));
    }

    @Override
    public User setPassword(String userId, String passwordHash, boolean mustChangePassword) {
        return database.write(c -> {
            Sql.update(c, "UPDATE users SET password_hash = ?, must_change_password = ? WHERE id = ?", passwordHash,
                    mustChangePassword, userId);
            return existing(c, userId);
        });
    }

    @Override
    public User update(String userId, Set<Role> roles, Set<Right> grants, Boolean disabled) {
        return database.write(c -> {
            boolean wasAdmin = existing(c, userId).enabledAdmin();
            List<String> assignments = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            assign(assignments, values, "roles", roles == null ? null : Role.format(roles));
            assign(assignments, values, "grants", grants == null ? null : Right.format(grants));
            assign(assignments, values, "disabled", disabled);
            if (!assignments.isEmpty()) {
                values.add(userId);
                Sql.update(c, "UPDATE users SET " + String.join(", ", assignments) + " WHERE id = ?",
                        values.toArray());
            }
            User updated = existing(c, userId);
            if (wasAdmin && !updated.enabledAdmin()) {
                requireAnotherAdmin(c, updated.username());
            }
            return updated;
        });
    }

    @Override
    public Set<String> delete(String userId) {
        return database.write(c -> {
            User user = existing(c, userId);
            Set<String> sessions = new HashSet<>(Sql.list(c, "SELECT id FROM sessions WHERE user_id = ?",
                    row -> row.getString(1), userId));
            Sql.update(c, "DELETE FROM api_tokens WHERE user_id = ?", userId);
            Sql.update(c, "DELETE FROM sessions WHERE user_id = ?", userId);
            Sql.update(c, "DELETE FROM sign_in_backoff WHERE user_id = ?", userId);
            Sql.update(c, "DELETE FROM users WHERE id = ?", userId);
            if (user.enabledAdmin()) {
                requireAnotherAdmin(c, user.username());
            }
            return sessions;
        });
    }

    private static void requireAnotherAdmin(Connection c, String username) throws SQLException {
        if (Sql.count(c, ENABLED_ADMINS) == 0) {
            throw new ConflictException("refused: " + username + " is the last enabled admin, and this change would "
                    + "leave nobody to administer the installation; make another user an admin first");
        }
    }

    private static void assign(List<String> assignments, List<Object> values, String column, Object value) {
        if (value != null) {
            assignments.add(column + " = ?");
            values.add(value);
        }
    }

    private static Optional<User> byId(Connection c, String userId) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM users WHERE id = ?", SqliteUsers::map, userId);
    }

    private static User existing(Connection c, String userId) throws SQLException {
        return byId(c, userId).orElseThrow(() -> new NotFoundException("no user with id '" + userId + "'"));
    }

    private static User map(ResultSet row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : row.getString("roles").split(",")) {
            if (!role.isBlank()) {
                roles.add(Role.parse(role));
            }
        }
        return new User(row.getString("id"), row.getString("username"), roles, Right.parseAll(row.getString("grants")),
                Sql.flag(row, "must_change_password"), Sql.flag(row, "disabled"), Sql.instant(row, "created_at"));
    }
}
