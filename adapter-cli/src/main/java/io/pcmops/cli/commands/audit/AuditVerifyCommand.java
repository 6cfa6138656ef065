package io.pcmops.cli.commands.audit;

import io.pcmops.Pcmops;
import io.pcmops.cli.Access;
import io.pcmops.cli.CliCommand;
import io.pcmops.cli.CliContext;
import io.pcmops.cli.ExitCodes;
import io.pcmops.cli.render.Table;
import io.pcmops.model.AuditVerification;
import java.util.Locale;
import javax.inject.Inject;
import picocli.CommandLine.Command;

/** {@code pcmops audit verify}. */
@Command(name = "verify", description = {"Walks the whole audit chain, recomputing every keyed hash, and checks it "
        + "against the anchor and checkpoints kept outside the database.",
        "Reports events altered in place, a truncated log and a rewritten log distinctly.",
        "Exit code: 0 intact, 1 broken."})
public final class AuditVerifyCommand extends CliCommand {

    @Inject
    public AuditVerifyCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        try (Pcmops pcm = open(Access.READ)) {
            AuditVerification result = pcm.audit().verify();
            Table table = Table.of("VALID", "PROBLEM", "CHECKED", "FIRST BROKEN", "MESSAGE")
                    .row(result.valid(), result.problem(), result.eventsChecked(), result.firstBroken(),
                            result.message());
            printer().print(result, table, text -> text.println(result.valid()
                    ? printer().style().green("audit log intact") + ": " + result.message()
                    : printer().style().red("audit log " + result.problem().name().toLowerCase(Locale.ROOT)
                            + (result.firstBroken() == null ? "" : " at entry " + result.firstBroken())) + ": "
                            + result.message()));
            return result.valid() ? ExitCodes.OK : ExitCodes.FAILURES;
        }
    }
}
