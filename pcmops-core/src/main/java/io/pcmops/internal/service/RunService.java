package io.pcmops.internal.service;

import io.pcmops.InvalidRequestException;
import io.pcmops.NotFoundException;
import io.pcmops.Runs;
import io.pcmops.internal.audit.AuditLog;
import io.pcmops.internal.engine.RunEngine;
import io.pcmops.internal.engine.RunEventHub;
import io.pcmops.internal.report.ReportWriter;
import io.pcmops.internal.store.RunReader;
import io.pcmops.internal.store.RunRecord;
import io.pcmops.internal.util.Futures;
import io.pcmops.model.AuditEntry;
import io.pcmops.model.ExportFormat;
import io.pcmops.model.Invocation;
import io.pcmops.model.InvocationOutput;
import io.pcmops.model.InvocationQuery;
import io.pcmops.model.OutputGroup;
import io.pcmops.model.Page;
import io.pcmops.model.RetryScope;
import io.pcmops.model.Run;
import io.pcmops.model.RunEvent;
import io.pcmops.model.RunQuery;
import io.pcmops.model.RunStatistics;
import io.pcmops.model.RunRequest;
import io.pcmops.spi.PreparedScript;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** {@link Runs}: starting goes through {@link RunLauncher}; the rest reads the store or asks the engine. */
public final class RunService implements Runs {

    /** Output previews in lists are cut to this many bytes. */
    public static final int PREVIEW_BYTES = 4096;

    private final RunLauncher launcher;
    private final RunReader reader;
    private final RunEngine engine;
    private final RunEventHub hub;
    private final AuditLog audit;
    private final String actor;

    public RunService(RunLauncher launcher, RunReader reader, RunEngine engine, RunEventHub hub,
                      AuditLog audit, String actor) {
        this.launcher = launcher;
        this.reader = reader;
        this.engine = engine;
        this.hub = hub;
        this.audit = audit;
        this.actor = actor;
    }

    @Override
    public CompletableFuture<Run> start(RunRequest request) {
        RunRequest owned = request.requestedBy() == null ? request.withRequestedBy(actor) : request;
        return Futures.call(() -> {
            ScriptService.Prepared prepared = launcher.prepare(owned);
            return launcher.plan(owned).thenApply(plan -> launcher.launch(plan, owned, prepared));
        });
    }

    @Override
    public Run get(String runId) {
        return record(runId).run();
    }

    @Override
    public Page<Run> list(RunQuery query) {
        return reader.list(query);
    }

    @Override
    public RunStatistics statistics() {
        return reader.statistics();
    }

    @Override
    public Page<Invocation> invocations(String runId, InvocationQuery query) {
        record(runId);
        return reader.invocations(runId, query, PREVIEW_BYTES);
    }

    @Override
    public InvocationOutput output(String runId, String targetId) {
        record(runId);
        return reader.output(runId, targetId).orElseThrow(() -> new NotFoundException(
                "run " + runId + " has no target '" + targetId + "'"));
    }

    @Override
    public List<OutputGroup> outputGroups(String runId) {
        record(runId);
        return reader.outputGroups(runId, PREVIEW_BYTES, 20);
    }

    @Override
    public PreparedScript script(String runId) {
        return record(runId).script();
    }

    @Override
    public Run cancel(String runId) {
        Run run = get(runId);
        if (engine.cancel(runId)) {
            audit.append(AuditEntry.of(actor, "run.cancel", runId, "requested"));
        }
        return run.status().terminal() ? run : get(runId);
    }

    @Override
    public CompletableFuture<Run> retry(String runId, Set<RetryScope> scopes) {
        return Futures.call(() -> launcher.retry(record(runId), scopes, actor));
    }

    @Override
    public AutoCloseable watch(String runId, Consumer<RunEvent> listener) {
        return hub.watch(runId, listener);
    }

    @Override
    public CompletableFuture<Run> completion(String runId) {
        CompletableFuture<Run> done = new CompletableFuture<>();
        AutoCloseable watch = hub.watch(runId, event -> {
            if (event.finished()) {
                done.complete(get(runId));
            }
        });
        return done.whenComplete((run, error) -> closeQuietly(watch));
    }

    @Override
    public void export(String runId, ExportFormat format, OutputStream out) {
        RunRecord record = record(runId);
        new ReportWriter(reader).write(record.run(), record.script(), format, out);
    }

    private RunRecord record(String runId) {
        if (runId == null || runId.isBlank()) {
            throw new InvalidRequestException("a run id is needed");
        }
        return reader.find(runId).orElseThrow(() -> new NotFoundException("no run with id '" + runId + "'"));
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // nothing to release
        }
    }
}
