package io.pcmops.cli.commands.changes;

import io.pcmops.Pcmops;
import io.pcmops.cli.options.CsvFile;
import io.pcmops.cli.render.Table;
import io.pcmops.cli.render.TerminalText;
import io.pcmops.cli.support.Access;
import io.pcmops.cli.support.CliCommand;
import io.pcmops.cli.support.CliContext;
import io.pcmops.cli.support.ExitCodes;
import io.pcmops.model.Change;
import io.pcmops.model.ChangeComparison;
import java.nio.file.Path;
import javax.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pcmops changes import FILE}. */
@Command(name = "import", description = "Stores a change-ticket CSV (change number and instance ids; optional "
        + "account, region, platform, name) as a change, replacing the machines of a stored one; says how many "
        + "machines it added, removed and changed.")
public final class ChangesImportCommand extends CliCommand {

    @Parameters(paramLabel = "FILE", description = "Change-ticket CSV file.")
    private Path file;

    @Option(names = "--description", paramLabel = "TEXT",
            description = "What the change does (default: the stored description, else 'imported from CSV').")
    private String description;

    @Inject
    public ChangesImportCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        CsvFile csv = ChangeCsv.read(file);
        try (Pcmops pcm = open(Access.READ)) {
            ChangeComparison diff = pcm.changes().compare(ChangeCsv.proposed(pcm, csv));
            String text = description != null || !diff.exists() ? description
                    : pcm.changes().get(diff.number()).description();
            Change stored = csv.parse(reader -> pcm.changes().importCsv(reader, text));
            ChangeImport result = ChangeImport.of(stored, diff);
            printer().print(result, table(result), out -> out.println(TerminalText.clean(
                    (result.created() ? "created" : "updated") + " change " + stored.number() + " (status "
                            + stored.status().id() + ", " + stored.targets().size() + " machines): "
                            + ChangeTables.counts(diff))));
            return ExitCodes.OK;
        }
    }

    private static Table table(ChangeImport result) {
        Change c = result.change();
        return Table.of("NUMBER", "RESULT", "STATUS", "MACHINES", "ADDED", "REMOVED", "CHANGED").row(c.number(),
                result.created() ? "created" : "updated", c.status().id(), c.targets().size(), result.added(),
                result.removed(), result.changed());
    }
}
