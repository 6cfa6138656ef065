package io.pcmops.cli.commands.users;

import io.pcmops.model.Right;
import io.pcmops.model.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** Roles and grants given on the command line. */
public final class UserOptions {

    @Option(names = "--role", paramLabel = "ROLE", converter = RoleConverter.class,
            description = "viewer, operator or admin (repeatable).")
    private List<Role> roles;

    @Option(names = "--grant", paramLabel = "RIGHT", converter = RightConverter.class,
            description = "A right beyond the role: run-local (repeatable).")
    private List<Right> grants;

    @Option(names = "--no-grants", description = "Takes every granted right away.")
    private boolean noGrants;

    /** Returns the roles given, or {@code null} when none was. */
    public Set<Role> roles() {
        return roles == null ? null : EnumSet.copyOf(roles);
    }

    /** Returns the grants given ({@code --no-grants}: none), or {@code null} when neither option was. */
    public Set<Right> grants() {
        if (noGrants) {
            return Set.of();
        }
        return grants == null ? null : EnumSet.copyOf(grants);
    }

    /** Reads a role. */
    public static final class RoleConverter implements ITypeConverter<Role> {
        @Override
        public Role convert(String value) {
            return Role.parse(value);
        }
    }

    /** Reads a right. */
    public static final class RightConverter implements ITypeConverter<Right> {
        @Override
        public Right convert(String value) {
            return Right.parse(value);
        }
    }
}
