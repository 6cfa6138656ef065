package io.pcmops.internal.engine;

import io.pcmops.internal.store.RunWriter;
import io.pcmops.internal.store.StoredUpdate;
import io.pcmops.internal.store.UnitRecord;
import io.pcmops.model.InvocationState;
import io.pcmops.model.RunStatus;
import io.pcmops.model.TargetRef;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The changing state of one run, and its only owner: the ledger of targets, the units in flight, the cancel request
 * as seen, whether the run has started. Every change is stored before it is acted on, and every change goes through
 * one of these methods, on the driver's thread. A unit whose targets are all final is closed in one place,
 * {@link #close(ActiveUnit)}.
 */
final class RunState {

    private static final Logger LOG = LoggerFactory.getLogger(RunState.class);

    private final RunContext run;
    private final RunLedger ledger;
    private final RunWriter writer;
    private final Map<Integer, ActiveUnit> units = new LinkedHashMap<>();
    private boolean started;
    private Instant cancelSeenAt;

    RunState(RunContext run, RunLedger ledger, RunWriter writer) {
        this.run = run;
        this.ledger = ledger;
        this.writer = writer;
        this.started = run.run().startedAt() != null;
    }

    /** Returns whether another unit may go out now: not cancelling, budget left, targets queued, slots free. */
    boolean maySendMore() {
        return !cancelling() && !ledger.budgetSpent() && ledger.queued() > 0 && ledger.freeSlots() > 0;
    }

    /** Returns whether queued targets must be given up because the error budget is spent. */
    boolean budgetBlocksQueue() {
        return ledger.budgetSpent() && ledger.queued() > 0;
    }

    int freeSlots() {
        return ledger.freeSlots();
    }

    /** Returns whether a unit sent now would hold fewer targets than one sent once running targets finish. */
    boolean unitWouldBeSmallerThanLater(int maxUnitSize) {
        return ledger.freeSlots() < Math.min(maxUnitSize, ledger.queued()) && ledger.inFlight() > 0;
    }

    InvocationState state(int seq) {
        return ledger.state(seq);
    }

    /** Takes up to {@code max} queued targets sharing a unit key. */
    List<Integer> takeNextUnit(int max) {
        return ledger.takeNextUnit(max);
    }

    /** Empties the queue, returning the targets that were in it. */
    List<Integer> drainQueue() {
        return ledger.drainQueue();
    }

    /** Stores a new unit of queued targets as dispatching, then tracks it; marks the run started. */
    ActiveUnit openUnit(List<Integer> seqs) {
        Instant now = run.now();
        int maxErrors = ledger.remainingBudget();
        String key = run.unitKey(ledger.target(seqs.get(0)));
        int unitId = writer.beginUnit(run.runId(), run.owner(), now.plus(run.settings().lease().dividedBy(2)), key,
                seqs, seqs.size(), maxErrors, now);
        ledger.assign(seqs, unitId);
        ActiveUnit unit = new ActiveUnit(run.unit(unitId, targets(seqs), seqs.size(), maxErrors));
        units.put(unitId, unit);
        markStarted();
        return unit;
    }

    /**
     * Tracks a unit found in the store after a restart, with its reference when the provider had accepted it.
     * Returns empty when all its targets were already final (the unit is closed then).
     */
    Optional<ActiveUnit> adoptStored(UnitRecord record) {
        int unitId = record.unitId();
        ActiveUnit unit = new ActiveUnit(run.unit(unitId, targets(ledger.seqsOf(unitId)), record.maxConcurrency(),
                record.maxErrors()));
        units.put(unitId, unit);
        if (record.state() == UnitRecord.State.DISPATCHED) {
            unit.accepted(record.providerRef(), record.dispatchedAt());
        }
        if (ledger.openIn(unitId) == 0) {
            close(unit);
            return Optional.empty();
        }
        return Optional.of(unit);
    }

    /** Returns the units stored as dispatching or dispatched: the ones to pick up after a restart. */
    List<UnitRecord> storedOpenUnits() {
        return writer.units(run.runId()).stream().filter(u -> u.state() == UnitRecord.State.DISPATCHING
                || u.state() == UnitRecord.State.DISPATCHED).toList();
    }

    /** Stores the provider's reference; the unit's waiting targets become dispatched. Returns the unit if open. */
    Optional<ActiveUnit> accepted(int unitId, String providerRef, Instant at) {
        ActiveUnit unit = units.get(unitId);
        if (unit == null || unit.accepted()) {
            return Optional.empty();
        }
        writer.unitDispatched(run.runId(), run.owner(), unitId, providerRef, at);
        unit.accepted(providerRef, at);
        ledger.openSeqsOf(unitId).forEach(seq -> ledger.accept(seq, InvocationState.DISPATCHED));
        run.published();
        closeIfFinished(unitId);
        return Optional.ofNullable(units.get(unitId));
    }

    /** Puts the targets of a unit that was certainly never sent back in the queue. */
    void requeue(int unitId) {
        writer.unitAbandoned(run.runId(), run.owner(), unitId);
        ledger.unassign(unitId, run::unitKey);
        units.remove(unitId);
    }

    /** Settles the open targets of a unit that was never sent (or is given up) and forgets the unit. */
    void giveUp(int unitId, InvocationState state, String reason) {
        Settlement settlement = settlement();
        ledger.openSeqsOf(unitId).forEach(seq -> settlement.decide(seq, state, reason));
        settlement.commit();
        writer.unitAbandoned(run.runId(), run.owner(), unitId);
        units.remove(unitId);
    }

    Optional<ActiveUnit> unit(int unitId) {
        return Optional.ofNullable(units.get(unitId));
    }

    /** Returns the units in flight, as a copy. */
    List<ActiveUnit> activeUnits() {
        return List.copyOf(units.values());
    }

    /** Returns the targets of a unit that have no final state yet. */
    List<Integer> openTargetsOf(int unitId) {
        return ledger.openSeqsOf(unitId);
    }

    /** Starts a batch of invocation changes, stored in one transaction by {@link Settlement#commit()}. */
    Settlement settlement() {
        return new Settlement(this, run);
    }

    /** Returns the position of a target of a unit, or null when the target is not in that unit. */
    Integer seqInUnit(int unitId, String targetId) {
        Integer seq = ledger.seqOf(targetId);
        return seq != null && Integer.valueOf(unitId).equals(ledger.unitOf(seq)) ? seq : null;
    }

    Integer unitOf(int seq) {
        return ledger.unitOf(seq);
    }

    /** Records a target's new state in memory; false when not allowed (final states stay, no going back). */
    boolean advance(int seq, InvocationState next) {
        return ledger.accept(seq, next);
    }

    /** Stores changes already recorded by {@link #advance}, then closes the units they finished. */
    void store(List<StoredUpdate> updates, Set<Integer> touchedUnits) {
        writer.apply(run.runId(), run.owner(), updates);
        touchedUnits.forEach(this::closeIfFinished);
        run.published();
    }

    boolean cancelling() {
        return cancelSeenAt != null;
    }

    Instant cancelSeenAt() {
        return cancelSeenAt;
    }

    /** Returns whether a cancel request is stored for the run. */
    boolean cancelRequested() {
        return writer.cancelRequested(run.runId());
    }

    void cancelSeen(Instant at) {
        cancelSeenAt = at;
    }

    /** Returns whether every target is final and no dispatch outcome is still awaited. */
    boolean finished() {
        return ledger.allFinished() && units.values().stream().allMatch(ActiveUnit::accepted);
    }

    RunStatus finalStatus() {
        return cancelling() ? RunStatus.CANCELLED
                : ledger.allSucceeded() ? RunStatus.SUCCEEDED : RunStatus.COMPLETED_WITH_FAILURES;
    }

    int targetCount() {
        return ledger.size();
    }

    Map<InvocationState, Integer> counts() {
        Map<InvocationState, Integer> counts = new EnumMap<>(InvocationState.class);
        for (int seq = 0; seq < ledger.size(); seq++) {
            counts.merge(ledger.state(seq), 1, Integer::sum);
        }
        return counts;
    }

    /** Closes the units still tracked and stores the run's final status. */
    void storeFinalStatus(RunStatus status) {
        activeUnits().forEach(this::close);
        writer.finish(run.runId(), run.owner(), status, run.now());
    }

    private void closeIfFinished(int unitId) {
        ActiveUnit unit = units.get(unitId);
        if (unit != null && unit.accepted() && ledger.openIn(unitId) == 0) {
            close(unit);
        }
    }

    /** Marks a unit done in the store, stops tracking it, and lets the provider drop what it kept for it. */
    private void close(ActiveUnit unit) {
        int unitId = unit.unit().unitId();
        writer.unitDone(run.runId(), run.owner(), unitId);
        units.remove(unitId);
        if (unit.accepted()) {
            try {
                run.executor().release(unit.dispatched());
            } catch (RuntimeException e) {
                LOG.warn("run {} unit {}: the provider could not release it: {}", run.runId(), unitId, e.toString());
            }
        }
    }

    private void markStarted() {
        if (!started) {
            writer.markRunning(run.runId(), run.owner(), run.now());
            started = true;
            run.published();
        }
    }

    private List<TargetRef> targets(List<Integer> seqs) {
        return seqs.stream().map(ledger::target).toList();
    }
}
