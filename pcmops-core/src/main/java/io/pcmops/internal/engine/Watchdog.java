package io.pcmops.internal.engine;

import io.pcmops.internal.util.Futures;
import io.pcmops.model.InvocationState;
import io.pcmops.spi.Failures;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acts on cancel requests and on deadlines: the engine never waits forever for a provider. A unit's targets get a
 * final state at the latest {@code deadlineGrace} after their delivery and execution timeouts, and a cancel is
 * settled at the latest {@code cancelGrace} after it was seen.
 */
final class Watchdog {

    private static final Logger LOG = LoggerFactory.getLogger(Watchdog.class);

    private final RunContext run;

    Watchdog(RunContext run) {
        this.run = run;
    }

    /** Checks the store for a cancel request and acts on one. */
    void checkCancel() {
        if (!run.cancelling() && run.writer.cancelRequested(run.runId())) {
            beginCancel();
        }
        if (run.cancelling() && run.now().isAfter(run.cancelSeenAt().plus(run.settings.cancelGrace()))) {
            settleOpen(InvocationState.CANCELLED, InvocationState.CANCELLED,
                    "cancel requested; the provider did not confirm it in time");
        }
    }

    /** Settles units whose targets are overdue. */
    void checkDeadlines() {
        Instant now = run.now();
        for (ActiveUnit unit : List.copyOf(run.units.values())) {
            if (unit.accepted() && now.isAfter(deadline(unit))) {
                Settlement settlement = new Settlement(run);
                for (int seq : run.ledger.openSeqsOf(unit.unit().unitId())) {
                    settlement.decide(seq, overdueState(seq), "no final result from the provider within the "
                            + "delivery and execution timeouts");
                }
                settlement.commit();
                cancelAtProvider(run, unit);
            }
        }
    }

    static void cancelAtProvider(RunContext run, ActiveUnit unit) {
        if (unit.cancelSent() || !unit.accepted()) {
            return;
        }
        unit.markCancelSent();
        Futures.call(() -> run.executor.cancel(unit.dispatched())).exceptionally(error -> {
            LOG.warn("run {} unit {}: cancel at the provider failed: {}", run.runId(), unit.unit().unitId(),
                    Failures.unwrap(error).toString());
            return null;
        });
    }

    private void beginCancel() {
        run.cancelling(run.now());
        Settlement settlement = new Settlement(run);
        run.ledger.drainQueue().forEach(seq -> settlement.decide(seq, InvocationState.CANCELLED,
                "cancelled before it was sent"));
        settlement.commit();
        List.copyOf(run.units.values()).forEach(unit -> cancelAtProvider(run, unit));
    }

    private void settleOpen(InvocationState ifDispatched, InvocationState ifRunning, String reason) {
        Settlement settlement = new Settlement(run);
        for (ActiveUnit unit : List.copyOf(run.units.values())) {
            for (int seq : run.ledger.openSeqsOf(unit.unit().unitId())) {
                boolean running = run.ledger.state(seq) == InvocationState.IN_PROGRESS;
                settlement.decide(seq, running ? ifRunning : ifDispatched, reason);
            }
        }
        settlement.commit();
    }

    private InvocationState overdueState(int seq) {
        return run.ledger.state(seq) == InvocationState.IN_PROGRESS
                ? InvocationState.TIMED_OUT_EXECUTION : InvocationState.TIMED_OUT_DELIVERY;
    }

    private Instant deadline(ActiveUnit unit) {
        return unit.dispatchedAt().plus(run.run().options().deliveryTimeout())
                .plus(run.run().options().executionTimeout()).plus(run.settings.deadlineGrace());
    }
}
