package io.pcmops.internal.store;

import io.pcmops.model.RunStatus;
import java.time.Instant;
import java.util.List;

/**
 * Write side of runs, used by the engine. Every write a run's owner makes names the owner and checks it in the same
 * transaction, throwing {@link LostOwnershipException} when another engine has taken the run over, so a process that
 * was paused past its lease cannot change a run that is no longer its own.
 */
public interface RunWriter {

    /** Stores a new run, its invocations and any settled targets in one transaction. */
    void create(NewRun run);

    List<InvocationRecord> invocationRecords(String runId);

    List<UnitRecord> units(String runId);

    /** Ids of unfinished runs whose owner's lease ended before {@code now}. */
    List<String> orphans(Instant now);

    /** Takes a run whose lease has expired; returns whether this engine now owns it. */
    boolean claim(String runId, String owner, Instant leaseUntil, Instant now);

    /** Extends a lease; returns false when the run is no longer this owner's. */
    boolean renewLease(String runId, String owner, Instant leaseUntil);

    /** Lets the lease end now, so another engine may resume the run at once. */
    void releaseLease(String runId, String owner, Instant now);

    /** Marks a run as running (first dispatch), keeping the first start time. */
    void markRunning(String runId, String owner, Instant at);

    /**
     * Stores a unit as dispatching and assigns its targets, if this owner still holds a lease lasting at least until
     * {@code leaseAtLeastUntil}.
     *
     * @return the new unit's number
     */
    int beginUnit(String runId, String owner, Instant leaseAtLeastUntil, String unitKey, List<Integer> seqs,
                  int maxConcurrency, int maxErrors, Instant now);

    /** Records the provider's reference and marks the unit's pending targets dispatched; returns the event sequence. */
    long unitDispatched(String runId, String owner, int unitId, String providerRef, Instant at);

    /** Records that a unit was never sent; its unfinished targets go back to the queue. */
    void unitAbandoned(String runId, String owner, int unitId);

    /** Marks a unit done. */
    void unitDone(String runId, String owner, int unitId);

    /**
     * Stores a batch of invocation changes; returns the new event sequence. An end time earlier than the start time
     * is stored as the start time.
     */
    long apply(String runId, String owner, List<StoredUpdate> updates);

    /** Stores a cancel request; returns false when the run had already finished. */
    boolean requestCancel(String runId);

    boolean cancelRequested(String runId);

    /** Stores the final status, ends the lease and returns the new event sequence. */
    long finish(String runId, String owner, RunStatus status, Instant endedAt);

    /** Thrown when a run is no longer owned by the engine writing to it. */
    final class LostOwnershipException extends RuntimeException {
        public LostOwnershipException(String runId) {
            super("run " + runId + " is owned by another engine now");
        }
    }
}
