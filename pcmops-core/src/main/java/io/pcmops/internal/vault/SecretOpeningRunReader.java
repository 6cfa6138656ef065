package io.pcmops.internal.vault;

import io.pcmops.internal.store.RunReader;
import io.pcmops.internal.store.RunRecord;
import io.pcmops.internal.store.RunSnapshot;
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

/**
 * The run reader the engine gets: runs come with their secret parameter values opened, so the engine (here or in a
 * process that resumes the run) can hand them to the provider. Every other reader sees them withheld.
 */
public final class SecretOpeningRunReader implements RunReader {

    private final RunReader reader;
    private final RunSecrets secrets;

    public SecretOpeningRunReader(RunReader reader, RunSecrets secrets) {
        this.reader = reader;
        this.secrets = secrets;
    }

    @Override
    public Optional<RunRecord> find(String runId) {
        return reader.find(runId).map(secrets::open);
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
    public Page<Invocation> invocations(String runId, InvocationQuery query, int previewBytes) {
        return reader.invocations(runId, query, previewBytes);
    }

    @Override
    public Optional<InvocationOutput> output(String runId, String targetId) {
        return reader.output(runId, targetId);
    }

    @Override
    public List<OutputGroup> outputGroups(String runId, int previewBytes, int sampleSize) {
        return reader.outputGroups(runId, previewBytes, sampleSize);
    }

    @Override
    public void forEachInvocation(String runId, Consumer<Invocation> consumer) {
        reader.forEachInvocation(runId, consumer);
    }

    @Override
    public Optional<RunSnapshot> snapshot(String runId) {
        return reader.snapshot(runId);
    }

    @Override
    public List<RunEvent.Change> changesSince(String runId, long eventSequence) {
        return reader.changesSince(runId, eventSequence);
    }
}
