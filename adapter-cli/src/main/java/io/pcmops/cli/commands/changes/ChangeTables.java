package io.pcmops.cli.commands.changes;

import io.pcmops.cli.render.Table;
import io.pcmops.model.Change;
import io.pcmops.model.ChangeComparison;
import io.pcmops.model.ChangeTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Change tickets, their machines and their differences as table rows. */
final class ChangeTables {

    private ChangeTables() {
    }

    static Table changes(List<Change> changes) {
        Table table = Table.of("NUMBER", "STATUS", "MACHINES", "PROVIDER", "UPDATED", "UPDATED BY", "DESCRIPTION");
        for (Change c : changes) {
            table.row(c.number(), c.status().id(), c.targets().size(), c.provider(), c.updatedAt(), c.updatedBy(),
                    c.description());
        }
        return table;
    }

    static Table machines(Change change) {
        Table table = Table.of("TARGET ID", "ACCOUNT", "REGION", "PLATFORM", "NAME");
        change.targets().forEach(t -> table.row(t.targetId(), t.account(), t.region(), t.platform(), t.name()));
        return table;
    }

    /** Returns the machines in change-ticket CSV columns, so the CSV imports back. */
    static Table ticket(Change change) {
        Table table = Table.of("CHANGE NUMBER", "INSTANCE ID", "ACCOUNT", "REGION", "PLATFORM", "NAME");
        change.targets().forEach(t -> table.row(change.number(), t.targetId(), t.account(), t.region(),
                t.platform(), t.name()));
        return table;
    }

    /** Returns one row per added, removed or changed machine; a changed one says what it was before. */
    static Table differences(ChangeComparison diff, List<ChangeTarget> stored) {
        Map<String, ChangeTarget> before = stored.stream()
                .collect(Collectors.toMap(ChangeTarget::targetId, Function.identity()));
        Table table = Table.of("DIFFERENCE", "TARGET ID", "ACCOUNT", "REGION", "PLATFORM", "NAME", "WAS");
        diff.added().forEach(t -> row(table, "added", t, ""));
        diff.removed().forEach(t -> row(table, "removed", t, ""));
        diff.changed().forEach(t -> row(table, "changed", t, was(before.get(t.targetId()), t)));
        return table;
    }

    /** Returns {@code "2 added, 1 removed, 0 changed"}. */
    static String counts(ChangeComparison diff) {
        return diff.added().size() + " added, " + diff.removed().size() + " removed, " + diff.changed().size()
                + " changed";
    }

    private static void row(Table table, String difference, ChangeTarget t, String was) {
        table.row(difference, t.targetId(), t.account(), t.region(), t.platform(), t.name(), was);
    }

    private static String was(ChangeTarget old, ChangeTarget now) {
        List<String> fields = new ArrayList<>();
        if (!old.account().equals(now.account())) {
            fields.add("account=" + old.account());
        }
        if (!old.region().equals(now.region())) {
            fields.add("region=" + old.region());
        }
        if (!old.platform().equals(now.platform())) {
            fields.add("platform=" + old.platform());
        }
        if (!old.name().equals(now.name())) {
            fields.add("name=" + old.name());
        }
        return String.join("; ", fields);
    }
}
