package io.pcmops.internal.engine;

import io.pcmops.internal.store.StoredUpdate;
import io.pcmops.model.InvocationState;
import io.pcmops.spi.InvocationUpdate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A batch of invocation changes: each is checked and recorded by the {@link RunState}, then all are stored in one
 * transaction by {@link #commit()}, which also closes the units they finished.
 */
final class Settlement {

    private final RunState state;
    private final RunContext run;
    private final List<StoredUpdate> updates = new ArrayList<>();
    private final Set<Integer> touchedUnits = new HashSet<>();

    Settlement(RunState state, RunContext run) {
        this.state = state;
        this.run = run;
    }

    /** Adds a provider's report for a target of a unit; ignored when stale or for a target of another unit. */
    void report(int unitId, InvocationUpdate update) {
        Integer seq = state.seqInUnit(unitId, update.targetId());
        if (seq != null && state.advance(seq, update.state())) {
            updates.add(new StoredUpdate(seq, update.state(), update.reason(), update.exitCode(), update.stdout(),
                    update.stderr(), update.startedAt(), endedAt(update)));
            touchedUnits.add(unitId);
        }
    }

    /** Adds a decision of the engine itself (e.g. not executed, timed out). */
    void decide(int seq, InvocationState next, String reason) {
        if (state.advance(seq, next)) {
            updates.add(StoredUpdate.settle(seq, next, reason, run.now()));
            Integer unitId = state.unitOf(seq);
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
        List<StoredUpdate> batch = List.copyOf(updates);
        Set<Integer> units = Set.copyOf(touchedUnits);
        updates.clear();
        touchedUnits.clear();
        state.store(batch, units);
    }

    private Instant endedAt(InvocationUpdate update) {
        if (update.endedAt() != null || !update.state().terminal()) {
            return update.endedAt();
        }
        return run.now();
    }
}
