package io.pcmops.internal.engine;

import io.pcmops.internal.store.RunWriter.LostOwnershipException;
import io.pcmops.internal.util.Futures;
import io.pcmops.model.InvocationState;
import io.pcmops.spi.DispatchRejectedException;
import io.pcmops.spi.DispatchUnit;
import io.pcmops.spi.Failures;
import io.pcmops.spi.PermitRevokedException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends units while the run's limits allow, and handles what the provider says about each send. A unit is stored
 * as dispatching before it is sent, and sent only under the run's lease as proven at that moment; a send that fails
 * without a clear "not sent" is looked up with {@code find} before its targets are given up, so no unit is ever
 * sent twice.
 */
final class Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final RunContext run;
    private final RunState state;
    private final ScheduledExecutorService scheduler;
    private Instant waitingSince;

    Dispatcher(RunContext run, RunState state, ScheduledExecutorService scheduler) {
        this.run = run;
        this.state = state;
        this.scheduler = scheduler;
    }

    /**
     * Sends as many units as free concurrency slots allow; settles the queue once the error budget is spent. While
     * targets are still running, a unit smaller than it could be waits up to the linger time for more slots, so
     * targets finishing one by one do not turn into many one-target units.
     */
    void dispatchMore() {
        while (state.maySendMore()) {
            if (shouldLinger()) {
                return;
            }
            waitingSince = null;
            send(state.openUnit(state.takeNextUnit(Math.min(run.executor().maxUnitSize(), state.freeSlots()))));
        }
        if (state.budgetBlocksQueue()) {
            Settlement settlement = state.settlement();
            String reason = "error budget spent (maxErrors " + run.run().options().maxErrors() + ")";
            state.drainQueue().forEach(seq -> settlement.decide(seq, InvocationState.NOT_EXECUTED, reason));
            settlement.commit();
        }
    }

    /** Returns how long the driver may sleep before {@link #dispatchMore()} has something new to decide. */
    Duration nextCheck(Duration tick) {
        if (waitingSince == null) {
            return tick;
        }
        Duration left = Duration.between(run.now(), waitingSince.plus(run.settings().linger()));
        return left.isNegative() ? Duration.ZERO : left.compareTo(tick) < 0 ? left : tick;
    }

    private boolean shouldLinger() {
        if (!state.unitWouldBeSmallerThanLater(run.executor().maxUnitSize())) {
            return false;
        }
        Instant now = run.now();
        if (waitingSince == null) {
            waitingSince = now;
        }
        return now.isBefore(waitingSince.plus(run.settings().linger()));
    }

    private void send(ActiveUnit active) {
        DispatchUnit unit = active.unit();
        int unitId = unit.unitId();
        Futures.call(() -> run.executor().dispatch(unit, updates -> run.signal(new Signal.Updates(unitId, updates)),
                        run.lease()))
                .orTimeout(run.settings().dispatchTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((ref, error) -> run.signal(error == null
                        ? new Signal.Dispatched(unitId, ref, run.now())
                        : new Signal.DispatchFailed(unitId, Failures.unwrap(error))));
    }

    void onDispatched(int unitId, String providerRef, Instant at) {
        state.accepted(unitId, providerRef, at).filter(unit -> state.cancelling())
                .ifPresent(unit -> Watchdog.cancelAtProvider(run, unit));
    }

    void onFailed(int unitId, Throwable error) {
        if (error instanceof PermitRevokedException revoked) {
            LOG.warn("run {} unit {}: {}", run.runId(), unitId, revoked.getMessage());
            throw new LostOwnershipException(run.runId());
        }
        if (error instanceof DispatchRejectedException rejected) {
            state.giveUp(unitId, rejected.state(), rejected.getMessage());
            return;
        }
        LOG.warn("run {} unit {}: dispatch failed ({}); checking whether it was sent", run.runId(), unitId,
                error.toString());
        DispatchUnit unit = state.unit(unitId).orElseThrow().unit();
        Instant notBefore = run.now().minus(run.settings().dispatchTimeout());
        scheduler.schedule(() -> lookUp(unit, notBefore, error), run.settings().findDelay().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /**
     * Asks the provider whether a unit whose outcome is unknown was sent. {@code cause} is the dispatch failure, or
     * {@code null} when the unit is looked up after a restart (then a unit not found is sent again).
     */
    void lookUp(DispatchUnit unit, Instant notBefore, Throwable cause) {
        Futures.call(() -> run.executor().find(unit, notBefore))
                .whenComplete((found, error) -> run.signal(error == null
                        ? new Signal.Found(unit.unitId(), found, cause)
                        : new Signal.Found(unit.unitId(), Optional.empty(), Failures.unwrap(error))));
    }

    void onFound(int unitId, Optional<String> providerRef, Throwable cause) {
        if (state.unit(unitId).isEmpty()) {
            return;
        }
        if (providerRef.isPresent()) {
            onDispatched(unitId, providerRef.get(), run.now());
            state.unit(unitId).ifPresent(this::resume);
            return;
        }
        if (cause == null) {
            LOG.info("run {} unit {} was never sent; its targets go back to the queue", run.runId(), unitId);
            state.requeue(unitId);
            return;
        }
        state.giveUp(unitId, InvocationState.NOT_EXECUTED, "dispatch failed: "
                + Futures.asPcmops(cause).getMessage());
    }

    /** Picks up tracking of a unit the provider accepted earlier. */
    void resume(ActiveUnit unit) {
        int unitId = unit.unit().unitId();
        Futures.call(() -> run.executor().resume(unit.dispatched(),
                        updates -> run.signal(new Signal.Updates(unitId, updates))))
                .exceptionally(error -> {
                    LOG.warn("run {} unit {}: could not resume tracking ({}); its deadline will settle it",
                            run.runId(), unitId, Failures.unwrap(error).toString());
                    return null;
                });
    }
}
