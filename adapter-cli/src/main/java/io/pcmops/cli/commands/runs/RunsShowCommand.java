package io.pcmops.cli.commands.runs;

import io.pcmops.Pcmops;
import io.pcmops.cli.follow.RunPresenter;
import io.pcmops.cli.follow.RunResult;
import io.pcmops.cli.options.OutputFormat;
import io.pcmops.cli.render.Printer;
import io.pcmops.cli.render.Table;
import io.pcmops.cli.render.TerminalText;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import io.pcmops.cli.support.Prompter;
import io.pcmops.model.Durations;
import io.pcmops.model.Invocation;
import io.pcmops.model.Run;
import java.io.PrintWriter;
import javax.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pcmops runs show ID}. */
@Command(name = "show", description = "Shows a run and the state of each of its targets.")
public final class RunsShowCommand extends CliCommand {

    @Parameters(paramLabel = "RUN_ID", description = "The run.")
    private String runId;

    private final Prompter prompter;

    @Inject
    public RunsShowCommand(CliContext context, Prompter prompter) {
        super(context);
        this.prompter = prompter;
    }

    @Override
    public Integer call() {
        try (Pcmops pcm = open(Access.READ)) {
            if (format() != OutputFormat.TABLE) {
                new RunPresenter(context(), prompter, out(), err()).report(pcm, runId);
                return ExitCodes.OK;
            }
            RunResult result = RunResult.read(pcm, runId);
            Printer printer = printer();
            describe(result.run(), out(), printer);
            out().println();
            printer.table(invocations(result));
            out().flush();
            return ExitCodes.OK;
        }
    }

    private static void describe(Run run, PrintWriter out, Printer printer) {
        out.println(printer.style().bold("Run " + run.id()) + "  " + printer.style().state(run.status().name()));
        out.print(TerminalText.clean(details(run)));
    }

    private static String details(Run run) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("  requested by  %s at %s%n", run.requestedBy(), run.createdAt()));
        text.append(String.format("  provider      %s, %d targets, plan %s%n", run.provider(), run.targetCount(),
                run.planId()));
        text.append(String.format("  script        %s (sha256 %s)%n", RunText.script(run), run.scriptHash()));
        text.append(String.format("  limits        concurrency %s, errors %s, delivery %s, execution %s%n",
                run.options().maxConcurrency(), run.options().maxErrors(),
                Durations.format(run.options().deliveryTimeout()),
                Durations.format(run.options().executionTimeout())));
        text.append(String.format("  times         started %s, ended %s%n", run.startedAt(), run.endedAt()));
        if (run.changeTicket() != null || run.retryOf() != null) {
            text.append(String.format("  change        %s%s%n", run.changeTicket() == null ? "-" : run.changeTicket(),
                    run.retryOf() == null ? "" : ", retry of " + run.retryOf()));
        }
        return text.toString();
    }

    private static Table invocations(RunResult result) {
        Table table = Table.of("TARGET ID", "NAME", "ACCOUNT", "REGION", "STATE", "EXIT", "REASON", "STDOUT");
        for (Invocation i : result.invocations()) {
            table.row(i.target().targetId(), i.target().name(), i.target().account(), i.target().region(), i.state(),
                    i.exitCode(), i.reason(), firstLine(i.stdout()));
        }
        return table;
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
