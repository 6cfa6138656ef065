package io.pcmops.cli.commands.changes;

import io.pcmops.Pcmops;
import io.pcmops.cli.commands.runs.RunTables;
import io.pcmops.cli.render.Printer;
import io.pcmops.cli.render.TerminalText;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import io.pcmops.model.Change;
import io.pcmops.model.Page;
import io.pcmops.model.PageRequest;
import io.pcmops.model.Run;
import io.pcmops.model.RunQuery;
import java.io.PrintWriter;
import javax.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pcmops changes show NUMBER}. */
@Command(name = "show", description = "Shows a change ticket: its machines and the runs made under it. CSV: its "
        + "machines in change-ticket columns (they import back).")
public final class ChangesShowCommand extends CliCommand {

    private static final int RUNS = 20;

    @Parameters(paramLabel = "NUMBER", description = "Change number.")
    private String number;

    @Inject
    public ChangesShowCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        try (Pcmops pcm = open(Access.READ)) {
            Change change = pcm.changes().get(number);
            Page<Run> runs = pcm.runs().list(RunQuery.latest().withChangeTicket(change.number())
                    .withPage(new PageRequest(0, RUNS)));
            Printer printer = printer();
            printer.print(new ChangeView(change, runs), ChangeTables.ticket(change), text -> {
                describe(change, text, printer);
                listRuns(runs, text, printer);
            });
            if (runs.hasMore()) {
                note(runs.items().size() + " of " + runs.total() + " runs shown; see them all with 'pcmops runs list "
                        + "--change " + change.number() + "'");
            }
            return ExitCodes.OK;
        }
    }

    private static void describe(Change change, PrintWriter out, Printer printer) {
        out.println(printer.style().bold("Change " + change.number()) + "  " + change.status().id());
        out.print(TerminalText.clean(String.format("  description  %s%n", change.description())
                + String.format("  provider     %s%n", change.provider() == null ? "the only enabled one"
                        : change.provider())
                + String.format("  updated      %s by %s (created %s)%n", change.updatedAt(), change.updatedBy(),
                        change.createdAt())));
        out.println();
        out.println(printer.style().bold("Machines (" + change.targets().size() + ")"));
        printer.table(ChangeTables.machines(change));
    }

    private static void listRuns(Page<Run> runs, PrintWriter out, Printer printer) {
        out.println();
        if (runs.items().isEmpty()) {
            out.println("No runs under this change yet.");
            return;
        }
        out.println(printer.style().bold("Runs (" + runs.total() + ")"));
        printer.table(RunTables.runs(runs.items()));
    }
}
