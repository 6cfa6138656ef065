package io.pcmops.cli.commands.runs;

import io.pcmops.Pcmops;
import io.pcmops.cli.render.Table;
import io.pcmops.cli.render.TerminalText;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import io.pcmops.model.Run;
import javax.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pcmops runs cancel ID}. */
@Command(name = "cancel", description = {"Asks for a run to be cancelled: nothing more is sent, in-flight targets "
        + "are stopped, the rest are marked cancelled.", "The process driving the run acts on the request."})
public final class RunsCancelCommand extends CliCommand {

    @Parameters(paramLabel = "RUN_ID", description = "The run.")
    private String runId;

    @Inject
    public RunsCancelCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        try (Pcmops pcm = open(Access.READ)) {
            Run run = pcm.runs().cancel(runId);
            Table table = Table.of("RUN ID", "STATUS").row(run.id(), run.status());
            printer().print(run, table, text -> text.println(TerminalText.clean(run.status().terminal()
                    ? "run " + run.id() + " had already finished: " + run.status()
                    : "cancel requested: run " + run.id() + " is " + run.status())));
            return ExitCodes.OK;
        }
    }
}
