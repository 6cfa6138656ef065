package io.pcmops.cli.commands.credentials;

import io.pcmops.cli.render.Table;
import io.pcmops.model.CredentialRoot;
import io.pcmops.model.Durations;
import java.util.List;

/** Credential roots as table rows; a pasted key only ever appears masked. */
final class CredentialTables {

    private CredentialTables() {
    }

    static Table roots(List<CredentialRoot> roots) {
        Table table = Table.of("ID", "PROVIDER", "PARTITION", "SOURCE", "ROLE", "EXTERNAL ID", "SESSION", "KEY",
                "CREATED", "BY");
        for (CredentialRoot r : roots) {
            table.row(r.id(), r.provider(), r.partition(), r.source(), r.roleName(), r.externalId(),
                    r.sessionDuration() == null ? null : Durations.format(r.sessionDuration()), r.maskedKey(),
                    r.createdAt(), r.createdBy());
        }
        return table;
    }
}
