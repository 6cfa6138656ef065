package io.pcmops.cli.commands.changes;

import io.pcmops.InvalidRequestException;
import io.pcmops.Pcmops;
import io.pcmops.cli.options.CsvFile;
import io.pcmops.model.Change;
import io.pcmops.model.ChangeTarget;
import io.pcmops.model.CsvSelection;
import java.nio.file.Path;

/** Change-ticket CSV files: read with the library's reader (header aliases, BOM, line-numbered errors). */
final class ChangeCsv {

    private ChangeCsv() {
    }

    static CsvFile read(Path file) {
        return CsvFile.read(file, "change-ticket file");
    }

    /** Returns the change a file describes, without storing it. */
    static Change proposed(Pcmops pcm, CsvFile file) {
        return file.parse(reader -> change(pcm.targets().readCsv(reader)));
    }

    private static Change change(CsvSelection selection) {
        if (selection.changeTicket() == null) {
            throw new InvalidRequestException("the CSV file names no change number; add a change_number column");
        }
        return new Change(selection.changeTicket(), "", null, null,
                selection.rows().stream().map(ChangeTarget::of).toList(), null, null, null);
    }
}
