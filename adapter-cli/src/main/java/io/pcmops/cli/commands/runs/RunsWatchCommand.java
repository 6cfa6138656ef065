package io.pcmops.cli.commands.runs;

import io.pcmops.cli.follow.FollowingCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.Prompter;
import javax.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pcmops runs watch ID}. */
@Command(name = "watch", description = {"Follows a run until it finishes, then prints its summary.",
        "A run whose process stopped is resumed here. Ctrl-C asks whether to cancel the run.",
        "Exit code: 0 all succeeded, 1 some did not, 3 cancelled."})
public final class RunsWatchCommand extends FollowingCommand {

    @Parameters(paramLabel = "RUN_ID", description = "The run.")
    private String runId;

    @Inject
    public RunsWatchCommand(CliContext context, Prompter prompter) {
        super(context, prompter);
    }

    @Override
    public Integer call() throws Exception {
        return follow((pcm, follower) -> pcm.runs().get(runId), true);
    }
}
