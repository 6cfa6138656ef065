package io.pcmops.cli.follow;

import io.pcmops.Pcmops;
import io.pcmops.cli.follow.RunFollower;
import io.pcmops.cli.follow.RunPresenter;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.Prompter;
import io.pcmops.model.Run;
import picocli.CommandLine.Command;

/** Base of the commands that start or join a run and follow it to its end: {@code run}, {@code runs watch|retry}. */
@Command
public abstract class FollowingCommand extends CliCommand {

    private final Prompter prompter;

    protected FollowingCommand(CliContext context, Prompter prompter) {
        super(context);
        this.prompter = prompter;
    }

    protected Prompter prompter() {
        return prompter;
    }

    /**
     * Opens the library to drive runs, takes over Ctrl-C, gets the run from {@code starter}, follows it and prints
     * its result.
     *
     * @return the exit code of the run
     */
    protected int follow(RunStarter starter, boolean logChanges) throws Exception {
        RunPresenter presenter = new RunPresenter(context(), prompter, out(), err());
        try (Pcmops pcm = open(Access.DRIVE); RunFollower follower = presenter.listen()) {
            Run run = starter.start(pcm, follower);
            return presenter.followAndReport(pcm, run, follower, logChanges);
        }
    }

    /** Starts (or finds) the run to follow. */
    @FunctionalInterface
    protected interface RunStarter {
        Run start(Pcmops pcm, RunFollower follower) throws Exception;
    }
}
