package io.pcmops.cli.commands.scripts;

import io.pcmops.Pcmops;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import io.pcmops.model.Script;
import java.util.List;
import javax.inject.Inject;
import picocli.CommandLine.Command;

/** {@code pcmops scripts list}. */
@Command(name = "list", description = "Lists the latest version of every saved script.")
public final class ScriptsListCommand extends CliCommand {

    @Inject
    public ScriptsListCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        try (Pcmops pcm = open(Access.READ)) {
            List<Script> scripts = pcm.scripts().list();
            printer().print(scripts, ScriptTables.scripts(scripts));
            return ExitCodes.OK;
        }
    }
}
