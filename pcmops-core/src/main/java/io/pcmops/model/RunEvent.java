package io.pcmops.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Progress of a run: the run's status and counts after a batch of changes, and the changes themselves.
 *
 * @param runId    run id
 * @param sequence increases with every event of the run
 * @param at       when the changes were stored
 * @param status   run status after the changes
 * @param counts   targets per state after the changes
 * @param changes  invocations whose state changed
 * @param finished whether this is the run's last event
 * @param storeProblem why the store cannot be written, so the run cannot progress until it can, or {@code null};
 *                     watchers that wait for the end should stop waiting and report it
 */
public record RunEvent(String runId, long sequence, Instant at, RunStatus status, Map<InvocationState, Integer> counts,
                       List<Change> changes, boolean finished, String storeProblem) {

    public RunEvent {
        counts = Map.copyOf(counts);
        changes = List.copyOf(changes);
    }

    /** An event of a run whose store works. */
    public RunEvent(String runId, long sequence, Instant at, RunStatus status, Map<InvocationState, Integer> counts,
                    List<Change> changes, boolean finished) {
        this(runId, sequence, at, status, counts, changes, finished, null);
    }

    /**
     * One invocation's new state.
     *
     * @param target   the target
     * @param state    its new state
     * @param reason   reason, or {@code null}
     * @param exitCode exit code, or {@code null}
     */
    public record Change(TargetRef target, InvocationState state, String reason, Integer exitCode) {
    }
}
