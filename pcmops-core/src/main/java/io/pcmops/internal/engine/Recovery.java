package io.pcmops.internal.engine;

import io.pcmops.internal.store.UnitRecord;
import io.pcmops.internal.util.Futures;
import io.pcmops.spi.DispatchUnit;
import java.util.List;

/**
 * Picks up a run's units after a restart: units the provider accepted are tracked again; units stored as
 * dispatching, whose fate is unknown, are looked up with the provider before anything is sent again.
 */
final class Recovery {

    private final RunContext run;
    private final Dispatcher dispatcher;

    Recovery(RunContext run, Dispatcher dispatcher) {
        this.run = run;
        this.dispatcher = dispatcher;
    }

    void resumeUnits() {
        for (UnitRecord record : run.writer.units(run.runId())) {
            if (record.state() == UnitRecord.State.DISPATCHING || record.state() == UnitRecord.State.DISPATCHED) {
                resume(record);
            }
        }
    }

    private void resume(UnitRecord record) {
        int unitId = record.unitId();
        List<Integer> seqs = run.ledger.seqsOf(unitId);
        if (run.ledger.openIn(unitId) == 0) {
            run.writer.unitDone(run.runId(), unitId);
            return;
        }
        DispatchUnit unit = dispatcher.unit(unitId, seqs, record.maxConcurrency(), record.maxErrors());
        ActiveUnit active = new ActiveUnit(unit);
        run.units.put(unitId, active);
        if (record.state() == UnitRecord.State.DISPATCHING) {
            dispatcher.lookUp(unit, record.createdAt().minus(run.settings.dispatchTimeout()), null);
            return;
        }
        active.accepted(record.providerRef(), record.dispatchedAt());
        Futures.call(() -> run.executor.resume(active.dispatched(),
                        updates -> run.signal(new Signal.Updates(unitId, updates))))
                .exceptionally(error -> dispatcher.logResumeFailure(unitId, error));
    }
}
