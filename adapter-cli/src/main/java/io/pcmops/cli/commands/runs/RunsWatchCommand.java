package io.pcmops.cli.commands.runs;

import io.pcmops.Pcmops;
import io.pcmops.cli.Access;
import io.pcmops.cli.CliCommand;
import io.pcmops.cli.CliContext;
import io.pcmops.cli.Prompter;
import io.pcmops.cli.follow.RunFollower;
import io.pcmops.cli.follow.RunPresenter;
import io.pcmops.model.Run;
import javax.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pcmops runs watch ID}. */
@Command(name = "watch", description = {"Follows a run until it finishes, then prints its summary.",
        "A run whose process stopped is resumed here. Ctrl-C asks whether to cancel the run.",
        "Exit code: 0 all succeeded, 1 some did not, 3 cancelled."})
public final class RunsWatchCommand extends CliCommand {

    @Parameters(paramLabel = "RUN_ID", description = "The run.")
    private String runId;

    private final Prompter prompter;

    @Inject
    public RunsWatchCommand(CliContext context, Prompter prompter) {
        super(context);
        this.prompter = prompter;
    }

    @Override
    public Integer call() throws Exception {
        RunPresenter presenter = new RunPresenter(context(), prompter, out(), err());
        try (Pcmops pcm = open(Access.DRIVE); RunFollower follower = presenter.listen()) {
            Run run = pcm.runs().get(runId);
            return presenter.followAndReport(pcm, run, follower, true);
        }
    }
}
