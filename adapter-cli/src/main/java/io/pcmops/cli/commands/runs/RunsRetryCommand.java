package io.pcmops.cli.commands.runs;

import io.pcmops.Pcmops;
import io.pcmops.cli.Access;
import io.pcmops.cli.CliCommand;
import io.pcmops.cli.CliContext;
import io.pcmops.cli.options.LibraryConverter;
import io.pcmops.cli.render.Plurals;
import io.pcmops.cli.Prompter;
import io.pcmops.cli.follow.RunFollower;
import io.pcmops.cli.follow.RunPresenter;
import io.pcmops.model.RetryScope;
import io.pcmops.model.Run;
import java.util.EnumSet;
import java.util.List;
import javax.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pcmops runs retry ID --only ...}. */
@Command(name = "retry", description = {"Runs a finished run's script again on its targets in the given states, "
        + "then follows the new run.", "Exit code: 0 all succeeded, 1 some did not, 3 cancelled."})
public final class RunsRetryCommand extends CliCommand {

    @Parameters(paramLabel = "RUN_ID", description = "The finished run.")
    private String runId;

    @Option(names = "--only", paramLabel = "SCOPES", split = ",", required = true, converter = ScopeConverter.class,
            description = "Which targets: failed, timed-out, undeliverable, not-executed, cancelled.")
    private List<RetryScope> scopes;

    private final Prompter prompter;

    @Inject
    public RunsRetryCommand(CliContext context, Prompter prompter) {
        super(context);
        this.prompter = prompter;
    }

    @Override
    public Integer call() throws Exception {
        RunPresenter presenter = new RunPresenter(context(), prompter, out(), err());
        try (Pcmops pcm = open(Access.DRIVE); RunFollower follower = presenter.listen()) {
            Run run = pcm.runs().retry(runId, EnumSet.copyOf(scopes)).join();
            note("started run " + run.id() + " (retry of " + runId + ") on "
                    + Plurals.count(run.targetCount(), "target"));
            return presenter.followAndReport(pcm, run, follower, false);
        }
    }

    /** Reads a retry scope with the library's parser. */
    public static final class ScopeConverter extends LibraryConverter<RetryScope> {
        public ScopeConverter() {
            super(RetryScope::parse);
        }
    }
}
