package io.pcmops.cli.commands.runs;

import io.pcmops.cli.render.Table;
import io.pcmops.model.InvocationState;
import io.pcmops.model.Run;
import java.util.List;

/** Runs as table rows, as {@code runs list} prints them. */
public final class RunTables {

    private RunTables() {
    }

    /** Returns one row per run: its status, who asked, how many targets succeeded, its script and change. */
    public static Table runs(List<Run> runs) {
        Table table = Table.of("RUN ID", "STATUS", "CREATED", "REQUESTED BY", "PROVIDER", "TARGETS", "SUCCESS",
                "NOT OK", "SCRIPT", "CHANGE");
        for (Run run : runs) {
            int notOk = run.finishedCount() - run.count(InvocationState.SUCCESS);
            table.row(run.id(), run.status(), run.createdAt(), run.requestedBy(), run.provider(), run.targetCount(),
                    run.count(InvocationState.SUCCESS), notOk, RunText.script(run), run.changeTicket());
        }
        return table;
    }
}
