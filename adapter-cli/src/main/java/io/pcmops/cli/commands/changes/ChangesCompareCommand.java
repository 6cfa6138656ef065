package io.pcmops.cli.commands.changes;

import io.pcmops.Pcmops;
import io.pcmops.cli.render.Table;
import io.pcmops.cli.render.TerminalText;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import io.pcmops.model.ChangeComparison;
import io.pcmops.model.ChangeTarget;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pcmops changes compare FILE}. */
@Command(name = "compare", description = "Shows how a change-ticket CSV differs from the stored change of the same "
        + "number (machines added, removed, changed), storing nothing.")
public final class ChangesCompareCommand extends CliCommand {

    @Parameters(paramLabel = "FILE", description = "Change-ticket CSV file.")
    private Path file;

    @Inject
    public ChangesCompareCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        try (Pcmops pcm = open(Access.READ)) {
            ChangeComparison diff = pcm.changes().compare(ChangeCsv.proposed(pcm, ChangeCsv.read(file)));
            List<ChangeTarget> stored = diff.exists() ? pcm.changes().get(diff.number()).targets() : List.of();
            Table table = ChangeTables.differences(diff, stored);
            printer().print(diff, table, text -> print(diff, table, text));
            return ExitCodes.OK;
        }
    }

    private void print(ChangeComparison diff, Table table, PrintWriter text) {
        text.println(TerminalText.clean("change " + diff.number()
                + (diff.exists() ? " against the stored one: " : " (not stored): ") + ChangeTables.counts(diff)
                + "; nothing was stored"));
        if (!table.isEmpty()) {
            text.println();
            printer().table(table);
        }
    }
}
