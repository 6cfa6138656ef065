package io.pcmops.cli.commands.audit;

import io.pcmops.cli.support.GroupCommand;
import javax.inject.Inject;
import picocli.CommandLine.Command;

/** {@code pcmops audit}. */
@Command(name = "audit", description = "The append-only, hash-chained audit log.",
        subcommands = {AuditListCommand.class, AuditVerifyCommand.class})
public final class AuditCommand extends GroupCommand {

    @Inject
    public AuditCommand() {
    }
}
