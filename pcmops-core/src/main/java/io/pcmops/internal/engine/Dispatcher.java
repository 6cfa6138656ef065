package io.pcmops.internal.engine;

import io.pcmops.internal.util.Futures;
import io.pcmops.model.InvocationState;
import io.pcmops.model.TargetRef;
import io.pcmops.spi.DispatchRejectedException;
import io.pcmops.spi.DispatchUnit;
import io.pcmops.spi.Failures;
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
 * as dispatching before it is sent; a send that fails without a clear "not sent" is looked up with
 * {@code find} before its targets are given up, so no unit is ever sent twice.
 */
final class Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final RunContext run;
    private final ScheduledExecutorService scheduler;
    private Instant waitingSince;

    Dispatcher(RunContext run, ScheduledExecutorService scheduler) {
        this.run = run;
        this.scheduler = scheduler;
    }

    /**
     * Sends as many units as free concurrency slots allow; settles the queue once the error budget is spent. While
     * targets are still running, a unit smaller than it could be waits up to the linger time for more slots, so
     * targets finishing one by one do not turn into many one-target units.
     */
    void dispatchMore() {
        RunLedger ledger = run.ledger;
        while (!run.cancelling() && !ledger.budgetSpent() && ledger.queued() > 0 && ledger.freeSlots() > 0) {
            if (shouldLinger()) {
                return;
            }
            waitingSince = null;
            List<Integer> seqs = ledger.takeNextUnit(Math.min(run.executor.maxUnitSize(), ledger.freeSlots()));
            send(seqs);
        }
        if (ledger.budgetSpent() && ledger.queued() > 0) {
            Settlement settlement = new Settlement(run);
            String reason = "error budget spent (maxErrors " + run.run().options().maxErrors() + ")";
            ledger.drainQueue().forEach(seq -> settlement.decide(seq, InvocationState.NOT_EXECUTED, reason));
            settlement.commit();
        }
    }

    /** Returns how long the driver may sleep before {@link #dispatchMore()} has something new to decide. */
    Duration nextCheck(Duration tick) {
        if (waitingSince == null) {
            return tick;
        }
        Duration left = Duration.between(run.now(), waitingSince.plus(run.settings.linger()));
        return left.isNegative() ? Duration.ZERO : left.compareTo(tick) < 0 ? left : tick;
    }

    private boolean shouldLinger() {
        RunLedger ledger = run.ledger;
        int wanted = Math.min(run.executor.maxUnitSize(), ledger.queued());
        if (ledger.freeSlots() >= wanted || ledger.inFlight() == 0) {
            return false;
        }
        Instant now = run.now();
        if (waitingSince == null) {
            waitingSince = now;
        }
        return now.isBefore(waitingSince.plus(run.settings.linger()));
    }

    private void send(List<Integer> seqs) {
        Instant now = run.now();
        String key = run.keys.of(run.ledger.target(seqs.get(0)));
        int maxErrors = run.ledger.remainingBudget();
        int unitId = run.writer.beginUnit(run.runId(), run.settings.engineId(), now.plus(run.settings.lease()
                .dividedBy(2)), key, seqs, seqs.size(), maxErrors, now);
        run.ledger.assign(seqs, unitId);
        DispatchUnit unit = unit(unitId, seqs, seqs.size(), maxErrors);
        run.units.put(unitId, new ActiveUnit(unit));
        run.markStarted();
        Futures.call(() -> run.executor.dispatch(unit, updates -> run.signal(new Signal.Updates(unitId, updates))))
                .orTimeout(run.settings.dispatchTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((ref, error) -> run.signal(error == null
                        ? new Signal.Dispatched(unitId, ref, run.now())
                        : new Signal.DispatchFailed(unitId, Failures.unwrap(error))));
    }

    DispatchUnit unit(int unitId, List<Integer> seqs, int maxConcurrency, int maxErrors) {
        List<TargetRef> targets = seqs.stream().map(run.ledger::target).toList();
        return new DispatchUnit(run.runId(), unitId, targets, run.record.script(), maxConcurrency, maxErrors,
                run.run().options().deliveryTimeout(), run.run().options().executionTimeout(), run.run().requestedBy());
    }

    void onDispatched(int unitId, String providerRef, Instant at) {
        ActiveUnit unit = run.units.get(unitId);
        if (unit == null || unit.accepted()) {
            return;
        }
        run.writer.unitDispatched(run.runId(), unitId, providerRef, at);
        unit.accepted(providerRef, at);
        run.ledger.openSeqsOf(unitId).forEach(seq -> run.ledger.accept(seq, InvocationState.DISPATCHED));
        run.published();
        if (run.ledger.openIn(unitId) == 0) {
            run.writer.unitDone(run.runId(), unitId);
            run.units.remove(unitId);
        } else if (run.cancelling()) {
            Watchdog.cancelAtProvider(run, unit);
        }
    }

    void onFailed(int unitId, Throwable error) {
        if (error instanceof DispatchRejectedException rejected) {
            giveUp(unitId, rejected.state(), rejected.getMessage());
            return;
        }
        LOG.warn("run {} unit {}: dispatch failed ({}); checking whether it was sent", run.runId(), unitId,
                error.toString());
        ActiveUnit unit = run.units.get(unitId);
        Instant notBefore = run.now().minus(run.settings.dispatchTimeout());
        scheduler.schedule(() -> lookUp(unit.unit(), notBefore, error), run.settings.findDelay().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /**
     * Asks the provider whether a unit whose outcome is unknown was sent. {@code cause} is the dispatch failure, or
     * {@code null} when the unit is looked up after a restart (then a unit not found is sent again).
     */
    void lookUp(DispatchUnit unit, Instant notBefore, Throwable cause) {
        Futures.call(() -> run.executor.find(unit, notBefore))
                .whenComplete((found, error) -> run.signal(error == null
                        ? new Signal.Found(unit.unitId(), found, cause)
                        : new Signal.Found(unit.unitId(), Optional.empty(), Failures.unwrap(error))));
    }

    void onFound(int unitId, Optional<String> providerRef, Throwable cause) {
        ActiveUnit unit = run.units.get(unitId);
        if (unit == null) {
            return;
        }
        if (providerRef.isPresent()) {
            onDispatched(unitId, providerRef.get(), run.now());
            Futures.call(() -> run.executor.resume(unit.dispatched(),
                    updates -> run.signal(new Signal.Updates(unitId, updates))))
                    .exceptionally(error -> logResumeFailure(unitId, error));
            return;
        }
        if (cause == null) {
            requeue(unitId);
            return;
        }
        giveUp(unitId, InvocationState.NOT_EXECUTED, "dispatch failed: " + Futures.asPcmops(cause).getMessage());
    }

    /** Puts the targets of a unit that was certainly never sent back in the queue. */
    private void requeue(int unitId) {
        LOG.info("run {} unit {} was never sent; its targets go back to the queue", run.runId(), unitId);
        run.writer.unitAbandoned(run.runId(), unitId);
        run.ledger.unassign(unitId, run.keys);
        run.units.remove(unitId);
    }

    private void giveUp(int unitId, InvocationState state, String reason) {
        Settlement settlement = new Settlement(run);
        run.ledger.openSeqsOf(unitId).forEach(seq -> settlement.decide(seq, state, reason));
        settlement.commit();
        run.writer.unitAbandoned(run.runId(), unitId);
        run.units.remove(unitId);
    }

    Void logResumeFailure(int unitId, Throwable error) {
        LOG.warn("run {} unit {}: could not resume tracking ({}); its deadline will settle it", run.runId(), unitId,
                Failures.unwrap(error).toString());
        return null;
    }
}
