package io.pcmops.internal.engine;

import io.pcmops.internal.store.RunRecord;
import io.pcmops.model.Run;
import io.pcmops.model.TargetRef;
import io.pcmops.spi.CommandExecutor;
import io.pcmops.spi.DispatchUnit;
import io.pcmops.spi.PreparedScript;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * What one run's driver works with and never changes: the run as stored, its provider's executor, the engine's
 * settings and clock, the run's lease, and how to wake the driver or tell watchers. The run's changing state is
 * {@link RunState}'s alone.
 */
final class RunContext {

    private final RunRecord record;
    private final CommandExecutor executor;
    private final EngineSettings settings;
    private final Clock clock;
    private final RunLease lease;
    private final Consumer<Signal> signals;
    private final Runnable nudge;

    RunContext(RunRecord record, CommandExecutor executor, EngineSettings settings, Clock clock, RunLease lease,
               Consumer<Signal> signals, Runnable nudge) {
        this.record = record;
        this.executor = executor;
        this.settings = settings;
        this.clock = clock;
        this.lease = lease;
        this.signals = signals;
        this.nudge = nudge;
    }

    String runId() {
        return record.run().id();
    }

    Run run() {
        return record.run();
    }

    PreparedScript script() {
        return record.script();
    }

    CommandExecutor executor() {
        return executor;
    }

    EngineSettings settings() {
        return settings;
    }

    String owner() {
        return settings.engineId();
    }

    RunLease lease() {
        return lease;
    }

    /** Returns the unit the provider gets: the targets with the run's script, limits and timeouts. */
    DispatchUnit unit(int unitId, List<TargetRef> targets, int maxConcurrency, int maxErrors) {
        return new DispatchUnit(runId(), unitId, targets, script(), maxConcurrency, maxErrors,
                run().options().deliveryTimeout(), run().options().executionTimeout(), run().requestedBy());
    }

    String unitKey(TargetRef target) {
        return executor.unitKey(target);
    }

    Instant now() {
        return clock.instant();
    }

    /** Queues a signal for the driver; any thread may call it. */
    void signal(Signal signal) {
        signals.accept(signal);
    }

    /** Tells event feeds that the store changed. */
    void published() {
        nudge.run();
    }
}
