package io.pcmops;

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
import io.pcmops.model.RunRequest;
import io.pcmops.model.RunStatistics;
import io.pcmops.spi.PreparedScript;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** Starts, follows, cancels, retries and exports runs. */
public interface Runs {

    /**
     * Starts a run. The run is stored (with its exact script and frozen targets) before anything is sent.
     *
     * @param request plan or selector, script, parameters, options
     * @return the stored run, already started; completes with {@link InvalidRequestException} for malformed
     *     parameters or options, {@link ConflictException} for parameters that do not fit the saved script or a
     *     disabled provider, and {@link NotFoundException} for an unknown plan or saved script, or a selector that
     *     names no target
     */
    CompletableFuture<Run> start(RunRequest request);

    /**
     * Returns a run with its current counts.
     *
     * @throws NotFoundException when there is no such run
     */
    Run get(String runId);

    /** Lists runs, newest first. */
    Page<Run> list(RunQuery query);

    /** Counts every stored run by status and every invocation by state (two aggregate queries). */
    RunStatistics statistics();

    /**
     * Lists a run's invocations in plan order, with output previews of at most 4 KB.
     *
     * @throws NotFoundException when there is no such run
     */
    Page<Invocation> invocations(String runId, InvocationQuery query);

    /**
     * Returns the complete output of one target of a run.
     *
     * @throws NotFoundException when there is no such run or target
     */
    InvocationOutput output(String runId, String targetId);

    /** Groups a run's targets by identical output, largest group first. */
    List<OutputGroup> outputGroups(String runId);

    /** Returns the exact script a run ran, with its parameter values. */
    PreparedScript script(String runId);

    /**
     * Asks for a run to be cancelled: nothing more is sent, in-flight targets are cancelled at the provider, the rest
     * are marked cancelled. The run's owner acts on the request, in this process or another one.
     *
     * @return the run after the request was stored
     */
    Run cancel(String runId);

    /**
     * Starts a new run of the same script, parameters and options on the targets of a finished run whose state
     * falls in one of the scopes. The targets are looked up again, so their reachability is current. The new run
     * records which run it retries.
     *
     * @return the new run; completes with {@link ConflictException} when the run has not finished or no
     *     target falls in the scopes
     */
    CompletableFuture<Run> retry(String runId, Set<RetryScope> scopes);

    /**
     * Follows a run's progress. The listener first receives the current state, then an event after every stored
     * batch of changes, and a last event with {@link RunEvent#finished()} set. Events arrive in order, on a
     * library thread; a slow listener delays only its own events.
     *
     * @return a handle that stops the events when closed
     */
    AutoCloseable watch(String runId, Consumer<RunEvent> listener);

    /** Returns a future completed with the run once it has finished. */
    CompletableFuture<Run> completion(String runId);

    /**
     * Writes a run report. CSV has the columns {@code run_id, provider, partition, account, region, target_id,
     * target_name, state, reason, exit_code, started_at, ended_at, stdout, stderr} (RFC 4180 quoting).
     */
    void export(String runId, ExportFormat format, OutputStream out);
}
