package io.pcmops.internal.store;

import io.pcmops.model.Invocation;
import io.pcmops.model.InvocationOutput;
import io.pcmops.model.InvocationQuery;
import io.pcmops.model.OutputGroup;
import io.pcmops.model.Page;
import io.pcmops.model.Run;
import io.pcmops.model.RunEvent;
import io.pcmops.model.RunQuery;
import io.pcmops.model.RunStatistics;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Read side of runs, for the API and for event feeds. */
public interface RunReader {

    Optional<RunRecord> find(String runId);

    Page<Run> list(RunQuery query);

    RunStatistics statistics();

    /** Lists invocations with output previews of at most {@code previewBytes}. */
    Page<Invocation> invocations(String runId, InvocationQuery query, int previewBytes);

    Optional<InvocationOutput> output(String runId, String targetId);

    List<OutputGroup> outputGroups(String runId, int previewBytes, int sampleSize);

    /** Feeds every invocation of a run, with complete output, in plan order. */
    void forEachInvocation(String runId, Consumer<Invocation> consumer);

    Optional<RunSnapshot> snapshot(String runId);

    /** Returns the invocations changed by batches after {@code eventSequence}, in plan order. */
    List<RunEvent.Change> changesSince(String runId, long eventSequence);
}
