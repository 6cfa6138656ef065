package io.pcmops.internal.store;

import io.pcmops.ConflictException;
import io.pcmops.NotFoundException;
import io.pcmops.Users;
import io.pcmops.internal.util.Ids;
import io.pcmops.model.Role;
import io.pcmops.model.User;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.inject.Inject;

/** {@link Users} on SQLite. */
public final class SqliteUsers implements Users {

    private static final String COLUMNS =
            "id, username, roles, must_change_password, disabled, created_at, failed_logins, locked_until";

    private final Database database;
    private final Clock clock;

    @Inject
    public SqliteUsers(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public User create(String username, String passwordHash, Set<Role> roles, boolean mustChangePassword) {
        User user = new User(Ids.next("u", clock), username, roles, mustChangePassword, false, clock.instant(), 0,
                null);
        return database.write(c -> {
            if (Sql.count(c, "SELECT count(*) FROM users WHERE username = ?", username) > 0) {
                throw new ConflictException("user '" + username + "' already exists");
            }
            Sql.update(c, "INSERT INTO users (id, username, password_hash, roles, must_change_password, created_at) "
                    + "VALUES (?,?,?,?,?,?)", user.id(), username, passwordHash, encode(roles), mustChangePassword,
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
        return database.read(c -> Sql.one(c, "SELECT " + COLUMNS + " FROM users WHERE id = ?", SqliteUsers::map,
                userId));
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
        return change(userId, "password_hash = ?, must_change_password = ?", passwordHash, mustChangePassword);
    }

    @Override
    public User setRoles(String userId, Set<Role> roles) {
        return change(userId, "roles = ?", encode(roles));
    }

    @Override
    public User setDisabled(String userId, boolean disabled) {
        return change(userId, "disabled = ?", disabled);
    }

    @Override
    public User recordFailedLogin(String userId, Instant lockedUntil) {
        return change(userId, "failed_logins = failed_logins + 1, locked_until = ?", lockedUntil);
    }

    @Override
    public User recordSuccessfulLogin(String userId) {
        return change(userId, "failed_logins = 0, locked_until = NULL");
    }

    @Override
    public void delete(String userId) {
        database.write(c -> {
            Sql.update(c, "DELETE FROM api_tokens WHERE user_id = ?", userId);
            Sql.update(c, "DELETE FROM sessions WHERE user_id = ?", userId);
            if (Sql.update(c, "DELETE FROM users WHERE id = ?", userId) == 0) {
                throw new NotFoundException("no user with id '" + userId + "'");
            }
            return null;
        });
    }

    private User change(String userId, String assignments, Object... values) {
        Object[] args = Arrays.copyOf(values, values.length + 1);
        args[values.length] = userId;
        return database.write(c -> {
            if (Sql.update(c, "UPDATE users SET " + assignments + " WHERE id = ?", args) == 0) {
                throw new NotFoundException("no user with id '" + userId + "'");
            }
            return Sql.one(c, "SELECT " + COLUMNS + " FROM users WHERE id = ?", SqliteUsers::map, userId).orElseThrow();
        });
    }

    private static String encode(Set<Role> roles) {
        return roles.stream().map(Role::id).sorted().collect(Collectors.joining(","));
    }

    private static User map(ResultSet row) throws SQLException {
        Set<Role> roles = new TreeSet<>();
        for (String role : row.getString("roles").split(",")) {
            if (!role.isBlank()) {
                roles.add(Role.parse(role));
            }
        }
        return new User(row.getString("id"), row.getString("username"), roles, Sql.flag(row, "must_change_password"),
                Sql.flag(row, "disabled"), Sql.instant(row, "created_at"), row.getInt("failed_logins"),
                Sql.instant(row, "locked_until"));
    }
}
