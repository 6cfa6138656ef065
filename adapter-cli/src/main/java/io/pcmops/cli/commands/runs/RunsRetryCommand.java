package io.pcmops.cli.commands.runs;

import io.pcmops.cli.follow.FollowingCommand;
import io.pcmops.cli.options.LibraryConverter;
import io.pcmops.cli.render.Plurals;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.Prompter;
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
public final class RunsRetryCommand extends FollowingCommand {

    @Parameters(paramLabel = "RUN_ID", description = "The finished run.")
    private String runId;

    @Option(names = "--only", paramLabel = "SCOPES", split = ",", required = true, converter = ScopeConverter.class,
            description = "Which targets: failed, timed-out, undeliverable, not-executed, cancelled.")
    private List<RetryScope> scopes;

    @Inject
    public RunsRetryCommand(CliContext context, Prompter prompter) {
        super(context, prompter);
    }

    @Override
    public Integer call() throws Exception {
        return follow((pcm, follower) -> {
            Run run = pcm.runs().retry(runId, EnumSet.copyOf(scopes)).join();
            note("started run " + run.id() + " (retry of " + runId + ") on "
                    + Plurals.count(run.targetCount(), "target"));
            return run;
        }, false);
    }

    /** Reads a retry scope with the library's parser. */
    public static final class ScopeConverter extends LibraryConverter<RetryScope> {
        public ScopeConverter() {
            super(RetryScope::parse);
        }
    }
}
