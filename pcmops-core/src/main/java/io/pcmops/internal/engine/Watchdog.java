package io.pcmops.internal.engine;

import io.pcmops.internal.util.Futures;
import io.pcmops.model.InvocationState;
import io.pcmops.spi.Failures;
import java.time.Instant;
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
    private final RunState state;

    Watchdog(RunContext run, RunState state) {
        this.run = run;
        this.state = state;
    }

    /** Checks the store for a cancel request and acts on one. */
    void checkCancel() {
        if (!state.cancelling() && state.cancelRequested()) {
            beginCancel();
        }
        if (state.cancelling() && run.now().isAfter(state.cancelSeenAt().plus(run.settings().cancelGrace()))) {
            settleOpen("cancel requested; the provider did not confirm it in time");
        }
    }

    /** Settles units whose targets are overdue. */
    void checkDeadlines() {
        Instant now = run.now();
        for (ActiveUnit unit : state.activeUnits()) {
            if (unit.accepted() && now.isAfter(deadline(unit))) {
                Settlement settlement = state.settlement();
                for (int seq : state.openTargetsOf(unit.unit().unitId())) {
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
        Futures.call(() -> run.executor().cancel(unit.dispatched())).exceptionally(error -> {
            LOG.warn("run {} unit {}: cancel at the provider failed: {}", run.runId(), unit.unit().unitId(),
                    Failures.unwrap(error).toString());
            return null;
        });
    }

    private void beginCancel() {
        state.cancelSeen(run.now());
        Settlement settlement = state.settlement();
        state.drainQueue().forEach(seq -> settlement.decide(seq, InvocationState.CANCELLED,
                "cancelled before it was sent"));
        settlement.commit();
        state.activeUnits().forEach(unit -> cancelAtProvider(run, unit));
    }

    private void settleOpen(String reason) {
        Settlement settlement = state.settlement();
        for (ActiveUnit unit : state.activeUnits()) {
            for (int seq : state.openTargetsOf(unit.unit().unitId())) {
                settlement.decide(seq, InvocationState.CANCELLED, reason);
            }
        }
        settlement.commit();
    }

    private InvocationState overdueState(int seq) {
        return state.state(seq) == InvocationState.IN_PROGRESS
                ? InvocationState.TIMED_OUT_EXECUTION : InvocationState.TIMED_OUT_DELIVERY;
    }

    private Instant deadline(ActiveUnit unit) {
        return unit.dispatchedAt().plus(run.run().options().deliveryTimeout())
                .plus(run.run().options().executionTimeout()).plus(run.settings().deadlineGrace());
    }
}
