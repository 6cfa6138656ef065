package io.pcmops.internal.engine;

import io.pcmops.internal.store.UnitRecord;

/**
 * Picks up a run's units after a restart: units the provider accepted are tracked again; units stored as
 * dispatching, whose fate is unknown, are looked up with the provider before anything is sent again.
 */
final class Recovery {

    private final RunContext run;
    private final RunState state;
    private final Dispatcher dispatcher;

    Recovery(RunContext run, RunState state, Dispatcher dispatcher) {
        this.run = run;
        this.state = state;
        this.dispatcher = dispatcher;
    }

    void resumeUnits() {
        for (UnitRecord record : state.storedOpenUnits()) {
            state.adoptStored(record).ifPresent(unit -> {
                if (unit.accepted()) {
                    dispatcher.resume(unit);
                } else {
                    dispatcher.lookUp(unit.unit(), record.createdAt().minus(run.settings().dispatchTimeout()), null);
                }
            });
        }
    }
}
