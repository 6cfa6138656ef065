package io.pcmops.internal.report;

import io.pcmops.CsvCells;
import io.pcmops.internal.store.RunReader;
import io.pcmops.model.Invocation;
import io.pcmops.model.Run;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;

/** CSV report: one row per target, full output, written with {@link CsvCells}. */
final class CsvReport {

    static final List<String> COLUMNS = List.of("run_id", "provider", "partition", "account", "region", "target_id",
            "target_name", "state", "reason", "exit_code", "started_at", "ended_at", "stdout", "stderr");

    private final Writer out;

    CsvReport(Writer out) {
        this.out = out;
    }

    void write(Run run, RunReader reader) throws IOException {
        out.write(CsvCells.record(COLUMNS));
        try {
            reader.forEachInvocation(run.id(), invocation -> row(run, invocation));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void row(Run run, Invocation i) {
        try {
            out.write(CsvCells.record(List.of(run.id(), i.target().provider(), i.target().partition(),
                    i.target().account(), i.target().region(), i.target().targetId(), i.target().name(),
                    i.state().name(), text(i.reason()), i.exitCode() == null ? "" : i.exitCode().toString(),
                    time(i.startedAt()), time(i.endedAt()), i.stdout(), i.stderr())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String time(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
