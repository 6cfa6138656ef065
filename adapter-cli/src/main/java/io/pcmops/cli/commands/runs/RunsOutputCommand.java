package io.pcmops.cli.commands.runs;

import io.pcmops.Pcmops;
import io.pcmops.cli.follow.RunResult;
import io.pcmops.cli.render.Style;
import io.pcmops.cli.render.Table;
import io.pcmops.cli.render.TerminalText;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import io.pcmops.model.Invocation;
import io.pcmops.model.InvocationOutput;
import java.io.PrintWriter;
import java.util.List;
import javax.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pcmops runs output ID [--target T]}. */
@Command(name = "output", description = "Prints the complete output of a run's targets.")
public final class RunsOutputCommand extends CliCommand {

    @Parameters(paramLabel = "RUN_ID", description = "The run.")
    private String runId;

    @Option(names = "--target", paramLabel = "T", description = "Only this target id.")
    private String targetId;

    @Inject
    public RunsOutputCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        try (Pcmops pcm = open(Access.READ)) {
            List<InvocationOutput> outputs = targetId != null ? List.of(pcm.runs().output(runId, targetId))
                    : RunResult.read(pcm, runId).invocations().stream().map(Invocation::target)
                            .map(target -> pcm.runs().output(runId, target.targetId())).toList();
            Object json = targetId != null ? outputs.get(0) : outputs;
            printer().print(json, table(outputs), text -> outputs.forEach(o -> print(o, text, printer().style())));
            return ExitCodes.OK;
        }
    }

    private static void print(InvocationOutput output, PrintWriter out, Style style) {
        out.println(style.bold("== " + output.target().targetId()
                + (output.target().name().isEmpty() ? "" : " (" + output.target().name() + ")")) + "  "
                + style.state(output.state().name())
                + (output.exitCode() == null ? "" : "  exit " + output.exitCode()));
        String stdout = TerminalText.clean(output.stdout().text());
        out.print(stdout);
        if (!stdout.isEmpty() && !stdout.endsWith("\n")) {
            out.println();
        }
        if (output.stdout().truncated()) {
            out.println(style.yellow("(standard output was truncated by the provider)"));
        }
        String stderr = TerminalText.clean(output.stderr().text());
        if (!stderr.isEmpty()) {
            out.println(style.dim("-- stderr"));
            out.print(stderr);
            out.println(stderr.endsWith("\n") ? "" : "\n");
        }
    }

    private static Table table(List<InvocationOutput> outputs) {
        Table table = Table.of("TARGET ID", "NAME", "STATE", "EXIT CODE", "STDOUT", "STDERR", "STDOUT TRUNCATED",
                "STDERR TRUNCATED");
        for (InvocationOutput o : outputs) {
            table.row(o.target().targetId(), o.target().name(), o.state(), o.exitCode(), o.stdout().text(),
                    o.stderr().text(), o.stdout().truncated(), o.stderr().truncated());
        }
        return table;
    }
}
