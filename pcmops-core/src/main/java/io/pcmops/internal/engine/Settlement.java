package io.pcmops.internal.engine;

import io.pcmops.internal.store.StoredUpdate;
import io.pcmops.model.InvocationState;
import io.pcmops.spi.InvocationUpdate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects a batch of invocation changes: each is checked and recorded in the ledger, then all are stored in one
 * transaction by {@link #commit()}, which also closes units whose targets are all final.
 */
final class Settlement {

    private final RunContext run;
    private final List<StoredUpdate> updates = new ArrayList<>();
    private final Set<Integer> touchedUnits = new HashSet<>();

    Settlement(RunContext run) {
        this.run = run;
    }

    /** Adds a provider's report for a target of a unit; ignored when stale or for a target of another unit. */
    void report(int unitId, InvocationUpdate update) {
        Integer seq = run.ledger.seqOf(update.targetId());
        if (seq == null || !Integer.valueOf(unitId).equals(run.ledger.unitOf(seq))) {
            return;
        }
        if (run.ledger.accept(seq, update.state())) {
            updates.add(new StoredUpdate(seq, update.state(), update.reason(), update.exitCode(), update.stdout(),
                    update.stderr(), update.startedAt(), endedAt(update)));
            touchedUnits.add(unitId);
        }
    }

    /** Adds a decision of the engine itself (e.g. not executed, timed out). */
    void decide(int seq, InvocationState state, String reason) {
        if (run.ledger.accept(seq, state)) {
            updates.add(StoredUpdate.settle(seq, state, reason, run.now()));
            Integer unitId = run.ledger.unitOf(seq);
            if (unitId != null) {
                touchedUnits.add(unitId);
            }
        }
    }

    /** Stores the batch and closes finished units. */
    void commit() {
        if (updates.isEmpty()) {
            return;
        }
        run.writer.apply(run.runId(), updates);
        for (int unitId : touchedUnits) {
            ActiveUnit unit = run.units.get(unitId);
            if (unit != null && unit.accepted() && run.ledger.openIn(unitId) == 0) {
                run.writer.unitDone(run.runId(), unitId);
                run.units.remove(unitId);
            }
        }
        updates.clear();
        touchedUnits.clear();
        run.published();
    }

    private java.time.Instant endedAt(InvocationUpdate update) {
        if (update.endedAt() != null || !update.state().terminal()) {
            return update.endedAt();
        }
        return run.now();
    }
}
