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
import picocli.CommandLine.Parameters;

/** {@code pcmops scripts versions NAME}. */
@Command(name = "versions", description = "Lists every version of a script, oldest first.")
public final class ScriptsVersionsCommand extends CliCommand {

    @Parameters(paramLabel = "NAME", description = "Script name.")
    private String name;

    @Inject
    public ScriptsVersionsCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        try (Pcmops pcm = open(Access.READ)) {
            List<Script> versions = pcm.scripts().versions(name);
            printer().print(versions, ScriptTables.scripts(versions));
            return ExitCodes.OK;
        }
    }
}
