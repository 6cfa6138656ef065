package io.pcmops.cli.commands.users;

import io.pcmops.cli.render.Printer;
import io.pcmops.cli.render.Table;
import io.pcmops.model.Right;
import io.pcmops.model.Role;
import io.pcmops.model.User;
import java.util.List;

/** Users as table rows. */
final class UserTables {

    private UserTables() {
    }

    static Table users(List<User> users) {
        Table table = Table.of("USER", "ROLES", "GRANTS", "STATE", "CREATED");
        for (User u : users) {
            table.row(u.username(), Role.format(u.roles()), Right.format(u.grants()), state(u), u.createdAt());
        }
        return table;
    }

    /** Prints one user: JSON, a one-row table, or a line saying what happened to them. */
    static void print(Printer printer, User user, String done) {
        printer.print(user, users(List.of(user)), text -> text.println(done + " " + user.username() + " ("
                + Role.format(user.roles()) + (user.grants().isEmpty() ? "" : "; " + Right.format(user.grants()))
                + ", " + state(user) + ")"));
    }

    private static String state(User user) {
        String state = user.disabled() ? "disabled" : "enabled";
        return user.mustChangePassword() ? state + ", must change password" : state;
    }
}
