package io.pcmops.internal.engine;

import io.pcmops.internal.store.RunRecord;
import io.pcmops.internal.store.RunWriter;
import io.pcmops.model.Run;
import io.pcmops.spi.CommandExecutor;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** The state and collaborators of one run's driver. Confined to the driver's thread. */
final class RunContext {

    final RunRecord record;
    final RunLedger ledger;
    final CommandExecutor executor;
    final RunWriter writer;
    final EngineSettings settings;
    final Clock clock;
    final UnitKeys keys;
    final Map<Integer, ActiveUnit> units = new LinkedHashMap<>();
    private final Consumer<Signal> signals;
    private final Runnable nudge;
    private boolean cancelling;
    private Instant cancelSeenAt;
    private boolean started;

    RunContext(RunRecord record, RunLedger ledger, CommandExecutor executor, RunWriter writer, EngineSettings settings,
               Clock clock, UnitKeys keys, Consumer<Signal> signals, Runnable nudge) {
        this.record = record;
        this.ledger = ledger;
        this.executor = executor;
        this.writer = writer;
        this.settings = settings;
        this.clock = clock;
        this.keys = keys;
        this.signals = signals;
        this.nudge = nudge;
        this.started = record.run().startedAt() != null;
    }

    String runId() {
        return record.run().id();
    }

    Run run() {
        return record.run();
    }

    Instant now() {
        return clock.instant();
    }

    void signal(Signal signal) {
        signals.accept(signal);
    }

    /** Tells event feeds that the store changed. */
    void published() {
        nudge.run();
    }

    boolean cancelling() {
        return cancelling;
    }

    Instant cancelSeenAt() {
        return cancelSeenAt;
    }

    void cancelling(Instant seenAt) {
        cancelling = true;
        cancelSeenAt = seenAt;
    }

    /** Marks the run running when its first unit goes out. */
    void markStarted() {
        if (!started) {
            writer.markRunning(runId(), settings.engineId(), now());
            started = true;
            published();
        }
    }

    boolean awaitingDispatchOutcome() {
        return units.values().stream().anyMatch(unit -> !unit.accepted());
    }
}
