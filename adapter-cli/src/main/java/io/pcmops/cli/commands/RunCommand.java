package io.pcmops.cli.commands;

import io.pcmops.cli.follow.FollowingCommand;
import io.pcmops.cli.follow.RunFollower;
import io.pcmops.cli.options.ExactText;
import io.pcmops.cli.options.OutputFormat;
import io.pcmops.cli.options.RunLimitOptions;
import io.pcmops.cli.options.ScriptOptions;
import io.pcmops.cli.options.SelectorOptions;
import io.pcmops.cli.render.PlanView;
import io.pcmops.cli.render.Plurals;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.CliFailure;
import io.pcmops.cli.support.ExitCodes;
import io.pcmops.cli.support.Prompter;
import io.pcmops.cli.support.ProviderChoice;
import io.pcmops.model.Plan;
import io.pcmops.model.Run;
import io.pcmops.model.RunOptions;
import io.pcmops.model.RunRequest;
import io.pcmops.model.ScriptChoice;
import java.io.PrintWriter;
import java.util.Map;
import javax.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pcmops run}: plan, confirm, run exactly that plan, follow it, summarise. */
@Command(name = "run", sortOptions = false,
        description = {"Runs a script on the targets a selector names, or on a change ticket's machines (--change).",
                "Shows the plan (blast radius) first and asks for confirmation on a terminal unless --yes.",
                "Exit code: 0 all succeeded, 1 some failed, timed out or were not executed, 3 cancelled."})
public final class RunCommand extends FollowingCommand {

    @Mixin
    private ScriptOptions script;

    @Option(names = "--param", paramLabel = "K=V", converter = {ExactText.class, ExactText.class},
            description = "Script parameter value (repeatable).")
    private Map<String, String> parameters;

    @Mixin
    private SelectorOptions selector;

    @Mixin
    private RunLimitOptions limits;

    @Option(names = {"-y", "--yes"}, description = "Run without asking for confirmation.")
    private boolean yes;

    @Inject
    public RunCommand(CliContext context, Prompter prompter) {
        super(context, prompter);
    }

    @Override
    public Integer call() throws Exception {
        ScriptChoice choice = script.toChoice();
        RunOptions options = limits.toRunOptions();
        return follow((pcm, follower) -> {
            SavedScripts.check(pcm, choice);
            SelectorOptions.Selection selection = selector.resolve(pcm, this::note);
            String ticket = checked(choice, selection.changeTicket());
            Plan plan = pcm.plans().create(ProviderChoice.bind(pcm, selection.selector())).join();
            showPlan(plan);
            confirm(plan, follower);
            Run run = pcm.runs().start(new RunRequest(plan.id(), null, choice, parameters, options, ticket, null))
                    .join();
            note("started run " + run.id() + " on " + Plurals.count(run.targetCount(), "target"));
            return run;
        }, false);
    }

    /** Returns the change ticket once the library accepts its form, so a bad one is refused before the plan. */
    private static String checked(ScriptChoice choice, String ticket) {
        return RunRequest.onPlan("unplanned", choice).withChangeTicket(ticket).changeTicket();
    }

    private void showPlan(Plan plan) {
        boolean asking = !yes && prompter().interactive();
        if (context().options().quiet() && !asking) {
            return;
        }
        boolean onStdout = format() == OutputFormat.TABLE;
        PrintWriter target = onStdout ? out() : err();
        PlanView.print(plan, target, onStdout ? printer().style() : errStyle());
    }

    private void confirm(Plan plan, RunFollower follower) throws InterruptedException {
        if (yes) {
            return;
        }
        int targets = plan.targets().size();
        if (!prompter().interactive()) {
            throw new CliFailure(ExitCodes.USAGE, "not confirmed: standard input is not a terminal; pass --yes to "
                    + "run on these " + targets + " targets");
        }
        if (!follower.confirm("Run on " + (targets == 1 ? "this target?" : "these " + targets + " targets?"))) {
            throw new CliFailure(ExitCodes.CANCELLED, "not confirmed; nothing was run");
        }
    }
}
