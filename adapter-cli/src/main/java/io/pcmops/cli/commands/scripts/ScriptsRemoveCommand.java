package io.pcmops.cli.commands.scripts;

import io.pcmops.Pcmops;
import io.pcmops.cli.render.Removal;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import javax.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pcmops scripts rm NAME}. */
@Command(name = "rm", description = "Removes a script and all its versions; runs keep the exact text they ran.")
public final class ScriptsRemoveCommand extends CliCommand {

    @Parameters(paramLabel = "NAME", description = "Script name.")
    private String name;

    @Inject
    public ScriptsRemoveCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        try (Pcmops pcm = open(Access.READ)) {
            pcm.scripts().delete(name);
            Removal.print(printer(), "script", name);
            return ExitCodes.OK;
        }
    }
}
