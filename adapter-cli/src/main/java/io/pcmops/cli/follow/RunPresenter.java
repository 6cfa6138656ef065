package io.pcmops.cli.follow;

import io.pcmops.Pcmops;
import io.pcmops.cli.options.OutputFormat;
import io.pcmops.cli.render.Printer;
import io.pcmops.cli.render.Style;
import io.pcmops.cli.render.Table;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import io.pcmops.cli.support.Prompter;
import io.pcmops.model.ExportFormat;
import io.pcmops.model.Run;
import io.pcmops.model.RunStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Follows a run to its end and prints its result; shared by {@code run}, {@code runs watch} and {@code runs retry}. */
public final class RunPresenter {

    private final CliContext context;
    private final Prompter prompter;
    private final PrintWriter out;
    private final PrintWriter err;

    public RunPresenter(CliContext context, Prompter prompter, PrintWriter out, PrintWriter err) {
        this.context = context;
        this.prompter = prompter;
        this.out = out;
        this.err = err;
    }

    /** Returns a follower that listens for Ctrl-C from now on; start the run after this. */
    public RunFollower listen() {
        return RunFollower.listening(context.environment().interrupts(), prompter, err);
    }

    /**
     * Follows the run, prints its result and returns the exit code: 0 all succeeded, 1 some did not, 3 cancelled
     * or stopped waiting.
     */
    public int followAndReport(Pcmops pcm, Run run, RunFollower follower, boolean logChanges) throws Exception {
        RunFollower.Outcome outcome = follower.follow(pcm, run.id(), progress(run, logChanges));
        report(pcm, run.id());
        return outcome.abandoned() ? ExitCodes.CANCELLED : exitCode(outcome.run());
    }

    /** Prints a run: the summary for people, {@link RunResult} as JSON, or the export's CSV columns. */
    public void report(Pcmops pcm, String runId) {
        if (context.options().output() == OutputFormat.CSV) {
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            pcm.runs().export(runId, ExportFormat.CSV, csv);
            out.print(csv.toString(StandardCharsets.UTF_8));
            out.flush();
            return;
        }
        RunResult result = RunResult.read(pcm, runId);
        Style style = Style.of(context.colorOut());
        new Printer(out, context.options().output(), style).print(result, Table.of(),
                text -> new RunSummary(text, style).print(result));
    }

    /** Returns the exit code of a finished run. */
    public static int exitCode(Run run) {
        if (run.status() == RunStatus.SUCCEEDED) {
            return ExitCodes.OK;
        }
        return run.status() == RunStatus.CANCELLED ? ExitCodes.CANCELLED : ExitCodes.FAILURES;
    }

    private Progress progress(Run run, boolean logChanges) {
        if (context.options().quiet()) {
            return Progress.none();
        }
        if (context.environment().terminals().stderr()) {
            return new BarProgress(err, run.targetCount(), unicode());
        }
        boolean table = context.options().output() == OutputFormat.TABLE;
        return logChanges && table ? new ChangeLog(out, Style.of(context.colorOut())) : Progress.none();
    }

    private boolean unicode() {
        String locale = context.environment().variables().getOrDefault("LC_ALL",
                context.environment().variables().getOrDefault("LANG", ""));
        return locale.toUpperCase(Locale.ROOT).contains("UTF-8") && context.colorErr();
    }
}
