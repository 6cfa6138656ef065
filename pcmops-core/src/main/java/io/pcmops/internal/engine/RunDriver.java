package io.pcmops.internal.engine;

import io.pcmops.StoreUnavailableException;
import io.pcmops.internal.store.RunWriter.LostOwnershipException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives one run on its own thread: takes signals in batches, stores each batch in one transaction, then sends more
 * work, checks cancel requests and deadlines, and finishes the run when every target has a final state.
 */
final class RunDriver implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(RunDriver.class);

    private final RunContext run;
    private final RunState state;
    private final Dispatcher dispatcher;
    private final Watchdog watchdog;
    private final Recovery recovery;
    private final RunFinisher finisher;
    private final LinkedBlockingQueue<Signal> signals;
    private final Runnable onExit;
    private volatile boolean stopped;
    private Instant lastHousekeeping = Instant.EPOCH;

    RunDriver(RunContext run, RunState state, LinkedBlockingQueue<Signal> signals, ScheduledExecutorService scheduler,
              RunFinisher finisher, Runnable onExit) {
        this.run = run;
        this.state = state;
        this.signals = signals;
        this.dispatcher = new Dispatcher(run, state, scheduler);
        this.watchdog = new Watchdog(run, state);
        this.recovery = new Recovery(run, state, dispatcher);
        this.finisher = finisher;
        this.onExit = onExit;
    }

    String runId() {
        return run.runId();
    }

    /** Stops the driver without touching the run (e.g. shutdown, or the run was taken over). */
    void stop() {
        stopped = true;
        signals.add(new Signal.Wake());
    }

    @Override
    public void run() {
        try {
            recovery.resumeUnits();
            while (!stopped && !finishIfDone()) {
                handle(nextBatch());
                housekeeping();
                dispatcher.dispatchMore();
            }
        } catch (LostOwnershipException e) {
            LOG.warn("{}; this engine stops driving it", e.getMessage());
        } catch (StoreUnavailableException e) {
            LOG.error("run {} stopped: {}. What was stored is kept, and so is what the provider holds; the run resumes "
                    + "once the store can be written", run.runId(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("run {} stopped on an unexpected error; another engine will resume it after the lease: {}",
                    run.runId(), e.toString(), e);
        } finally {
            onExit.run();
        }
    }

    private List<Signal> nextBatch() {
        List<Signal> batch = new ArrayList<>();
        try {
            Signal first = signals.poll(dispatcher.nextCheck(run.settings().tick()).toMillis(), TimeUnit.MILLISECONDS);
            if (first != null) {
                batch.add(first);
                signals.drainTo(batch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
        return batch;
    }

    private void handle(List<Signal> batch) {
        Settlement settlement = state.settlement();
        for (Signal signal : batch) {
            switch (signal) {
                case Signal.Updates u -> u.updates().forEach(update -> settlement.report(u.unitId(), update));
                case Signal.Dispatched d -> {
                    settlement.commit();
                    dispatcher.onDispatched(d.unitId(), d.providerRef(), d.at());
                }
                case Signal.DispatchFailed f -> {
                    settlement.commit();
                    dispatcher.onFailed(f.unitId(), f.error());
                }
                case Signal.Found f -> {
                    settlement.commit();
                    dispatcher.onFound(f.unitId(), f.providerRef(), f.cause());
                }
                case Signal.Wake w -> lastHousekeeping = Instant.EPOCH;
            }
        }
        settlement.commit();
    }

    private void housekeeping() {
        Instant now = run.now();
        if (now.isBefore(lastHousekeeping.plus(run.settings().tick()))) {
            return;
        }
        lastHousekeeping = now;
        watchdog.checkCancel();
        watchdog.checkDeadlines();
    }

    private boolean finishIfDone() {
        if (!state.finished()) {
            return false;
        }
        finisher.finish(run, state, state.finalStatus());
        return true;
    }
}
