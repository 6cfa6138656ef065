package io.pcmops.internal.engine;

import io.pcmops.internal.store.InvocationRecord;
import io.pcmops.model.InvocationState;
import io.pcmops.model.TargetRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run driver knows about its run's invocations, kept in step with the store: states, units, the queue of
 * targets not yet put in a unit (by unit key, in plan order), and the counters the limits are checked against.
 * Only the driver's thread touches it.
 */
final class RunLedger {

    private final TargetRef[] targets;
    private final InvocationState[] states;
    private final Integer[] units;
    private final Map<String, Integer> seqByTargetId = new HashMap<>();
    private final TargetQueue queue = new TargetQueue();
    private final Map<Integer, Integer> openByUnit = new HashMap<>();
    private final int concurrency;
    private final int errorBudget;
    private int inFlight;
    private int errors;
    private int finished;

    RunLedger(List<InvocationRecord> records, int concurrency, int errorBudget, UnitKeys keys) {
        int size = records.size();
        targets = new TargetRef[size];
        states = new InvocationState[size];
        units = new Integer[size];
        this.concurrency = concurrency;
        this.errorBudget = errorBudget;
        for (InvocationRecord record : records) {
            load(record, keys);
        }
    }

    private void load(InvocationRecord record, UnitKeys keys) {
        int seq = record.seq();
        targets[seq] = record.target();
        states[seq] = record.state();
        units[seq] = record.unitId();
        seqByTargetId.put(record.target().targetId(), seq);
        if (record.state().terminal()) {
            finished++;
            errors += record.state().spendsErrorBudget() ? 1 : 0;
        } else if (record.unitId() != null) {
            inFlight++;
            openByUnit.merge(record.unitId(), 1, Integer::sum);
        } else {
            enqueue(seq, keys.of(record.target()));
        }
    }

    private void enqueue(int seq, String key) {
        queue.add(seq, key);
    }

    Integer seqOf(String targetId) {
        return seqByTargetId.get(targetId);
    }

    TargetRef target(int seq) {
        return targets[seq];
    }

    InvocationState state(int seq) {
        return states[seq];
    }

    Integer unitOf(int seq) {
        return units[seq];
    }

    int size() {
        return targets.length;
    }

    /** Records a new state; returns false when the change is not allowed (final states stay, no going back). */
    boolean accept(int seq, InvocationState next) {
        if (!wouldAccept(seq, next)) {
            return false;
        }
        states[seq] = next;
        if (next.terminal()) {
            finished++;
            errors += next.spendsErrorBudget() ? 1 : 0;
            if (units[seq] != null) {
                inFlight--;
                openByUnit.merge(units[seq], -1, Integer::sum);
            } else {
                queue.remove(seq);
            }
        }
        return true;
    }

    /** Returns whether a state change would be accepted, without making it. */
    boolean wouldAccept(int seq, InvocationState next) {
        InvocationState current = states[seq];
        return !current.terminal() && (next.terminal() || next.ordinal() > current.ordinal());
    }

    /** Returns every target of a unit, finished or not. */
    List<Integer> seqsOf(int unitId) {
        List<Integer> seqs = new ArrayList<>();
        for (int seq = 0; seq < units.length; seq++) {
            if (units[seq] != null && units[seq] == unitId) {
                seqs.add(seq);
            }
        }
        return seqs;
    }

    /** Returns the unfinished targets of a unit. */
    List<Integer> openSeqsOf(int unitId) {
        List<Integer> open = new ArrayList<>();
        for (int seq = 0; seq < units.length; seq++) {
            if (units[seq] != null && units[seq] == unitId && !states[seq].terminal()) {
                open.add(seq);
            }
        }
        return open;
    }

    /** Takes up to {@code max} queued targets of one unit key (round robin over keys), or an empty list. */
    List<Integer> takeNextUnit(int max) {
        return queue.takeNextUnit(max);
    }

    /** Assigns targets taken from the queue to a unit. */
    void assign(List<Integer> seqs, int unitId) {
        for (int seq : seqs) {
            units[seq] = unitId;
            inFlight++;
        }
        openByUnit.merge(unitId, seqs.size(), Integer::sum);
    }

    /** Returns how many targets of a unit have no final state yet. */
    int openIn(int unitId) {
        return openByUnit.getOrDefault(unitId, 0);
    }

    /** Empties the queue, returning the targets that were in it, in plan order. */
    List<Integer> drainQueue() {
        return queue.drain();
    }

    /** Puts a never-sent unit's unfinished targets back in the queue. */
    void unassign(int unitId, UnitKeys keys) {
        for (int seq = 0; seq < units.length; seq++) {
            if (units[seq] != null && units[seq] == unitId && !states[seq].terminal()) {
                units[seq] = null;
                inFlight--;
                enqueue(seq, keys.of(targets[seq]));
            }
        }
        openByUnit.remove(unitId);
    }

    int freeSlots() {
        return Math.max(0, concurrency - inFlight);
    }

    int queued() {
        return queue.size();
    }

    int inFlight() {
        return inFlight;
    }

    boolean budgetSpent() {
        return errors > errorBudget;
    }

    int remainingBudget() {
        return Math.max(0, errorBudget - errors);
    }

    boolean allFinished() {
        return finished == targets.length;
    }

    boolean allSucceeded() {
        for (InvocationState state : states) {
            if (state != InvocationState.SUCCESS) {
                return false;
            }
        }
        return true;
    }
}
