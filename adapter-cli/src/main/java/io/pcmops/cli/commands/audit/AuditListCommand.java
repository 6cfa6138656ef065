package io.pcmops.cli.commands.audit;

import io.pcmops.Pcmops;
import io.pcmops.cli.options.DurationConverter;
import io.pcmops.cli.render.Table;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import io.pcmops.model.AuditEvent;
import io.pcmops.model.AuditQuery;
import io.pcmops.model.Page;
import io.pcmops.model.PageRequest;
import java.time.Duration;
import java.time.Instant;
import javax.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pcmops audit list}. */
@Command(name = "list", description = "Lists audit entries, newest first.")
public final class AuditListCommand extends CliCommand {

    @Option(names = "--actor", paramLabel = "WHO", description = "Only this actor, e.g. cli:alice.")
    private String actor;

    @Option(names = "--action", paramLabel = "PREFIX", description = "Only actions starting with this, e.g. run.")
    private String action;

    @Option(names = "--since", paramLabel = "D", converter = DurationConverter.class,
            description = "Only entries within this long, e.g. 1h, 7d.")
    private Duration since;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N entries (1-500).")
    private int limit;

    @Inject
    public AuditListCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        AuditQuery query = new AuditQuery(actor, action, since == null ? null : Instant.now().minus(since),
                new PageRequest(0, limit));
        try (Pcmops pcm = open(Access.READ)) {
            Page<AuditEvent> page = pcm.audit().list(query);
            Table table = Table.of("SEQ", "AT", "ACTOR", "ACTION", "SUBJECT", "RESULT", "TARGETS", "SCRIPT");
            for (AuditEvent e : page.items()) {
                table.row(e.sequence(), e.at(), e.actor(), e.action(), e.subject(), e.result(), e.targets(),
                        e.scriptHash() == null ? "" : e.scriptHash().substring(0, Math.min(12,
                                e.scriptHash().length())));
            }
            printer().print(page, table);
            return ExitCodes.OK;
        }
    }
}
