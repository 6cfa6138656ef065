package io.pcmops.cli.commands.providers;

import io.pcmops.Pcmops;
import io.pcmops.cli.render.Table;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import java.util.List;
import javax.inject.Inject;
import picocli.CommandLine.Command;

/** {@code pcmops providers list}. */
@Command(name = "list", description = "Lists the providers found on the class path.")
public final class ProvidersListCommand extends CliCommand {

    @Inject
    public ProvidersListCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        try (Pcmops pcm = open(Access.READ)) {
            List<ProviderRow> rows = pcm.providers().stream().map(p -> new ProviderRow(p.id(), p.displayName(),
                    p.description(), pcm.providerEnabled(p.id()))).toList();
            Table table = Table.of("ID", "NAME", "ENABLED", "DESCRIPTION");
            rows.forEach(r -> table.row(r.id(), r.displayName(), r.enabled(), r.description()));
            printer().print(rows, table);
            return ExitCodes.OK;
        }
    }
}
