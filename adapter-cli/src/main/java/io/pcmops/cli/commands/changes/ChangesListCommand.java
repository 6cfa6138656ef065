package io.pcmops.cli.commands.changes;

import io.pcmops.Pcmops;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import io.pcmops.model.Change;
import io.pcmops.model.Page;
import io.pcmops.model.PageRequest;
import javax.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pcmops changes list}. */
@Command(name = "list", description = "Lists change tickets, most recently updated first.")
public final class ChangesListCommand extends CliCommand {

    @Option(names = "--search", paramLabel = "TEXT", description = "Only changes whose number or description "
            + "contains this.")
    private String search;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N changes (1-500).")
    private int limit;

    @Inject
    public ChangesListCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        PageRequest request = new PageRequest(0, limit);
        try (Pcmops pcm = open(Access.READ)) {
            Page<Change> page = pcm.changes().list(search, request);
            printer().print(page, ChangeTables.changes(page.items()));
            if (page.hasMore()) {
                note(page.items().size() + " of " + page.total() + " changes shown; use --limit for more");
            }
            return ExitCodes.OK;
        }
    }
}
