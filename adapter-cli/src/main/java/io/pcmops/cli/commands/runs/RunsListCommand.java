package io.pcmops.cli.commands.runs;

import io.pcmops.Pcmops;
import io.pcmops.cli.options.DurationConverter;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import io.pcmops.model.Page;
import io.pcmops.model.PageRequest;
import io.pcmops.model.Run;
import io.pcmops.model.RunQuery;
import io.pcmops.model.RunStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import javax.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pcmops runs list}. */
@Command(name = "list", description = "Lists runs, newest first.")
public final class RunsListCommand extends CliCommand {

    @Option(names = "--status", paramLabel = "S", split = ",",
            description = "Only these statuses: ${COMPLETION-CANDIDATES}.")
    private List<RunStatus> statuses;

    @Option(names = "--since", paramLabel = "D", converter = DurationConverter.class,
            description = "Only runs created within this long, e.g. 1h, 7d.")
    private Duration since;

    @Option(names = "--change", paramLabel = "NUMBER", description = "Only runs made under this change ticket.")
    private String change;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N runs (1-500).")
    private int limit;

    @Inject
    public RunsListCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        RunQuery query = RunQuery.latest().withPage(new PageRequest(0, limit))
                .withStatuses(statuses == null ? null : EnumSet.copyOf(statuses))
                .withSince(since == null ? null : Instant.now().minus(since)).withChangeTicket(change);
        try (Pcmops pcm = open(Access.READ)) {
            Page<Run> page = pcm.runs().list(query);
            printer().print(page, RunTables.runs(page.items()));
            if (page.hasMore()) {
                note(page.items().size() + " of " + page.total() + " runs shown; use --limit for more");
            }
            return ExitCodes.OK;
        }
    }
}
