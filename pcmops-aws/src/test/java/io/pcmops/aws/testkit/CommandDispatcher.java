package io.pcmops.aws.testkit;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Sends a command's invocations in request order within its rate controls: at most the MaxConcurrency limit are
 * sent and not yet terminal (optionally ramping up 1, 2, 4 …); once ErrorCount exceeds MaxErrors nothing more is
 * sent and every never-sent invocation ends {@code Failed/Terminated}; after the delivery deadline nothing is sent
 * (those invocations end DeliveryTimedOut at ExpiresAfter).
 */
final class CommandDispatcher implements Runnable {

    private enum Decision { SEND, SKIP, STOP }

    private final FleetEngine engine;
    private final SimCommand command;

    CommandDispatcher(FleetEngine engine, SimCommand command) {
        this.engine = engine;
        this.command = command;
    }

    @Override
    public void run() {
        try {
            for (SimInvocation invocation : command.invocations()) {
                Decision decision = claim(invocation);
                if (decision == Decision.STOP) {
                    return;
                }
                if (decision == Decision.SEND) {
                    engine.startRunner(invocation);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Decision claim(SimInvocation invocation) throws InterruptedException {
        command.lock.lock();
        try {
            while (true) {
                if (invocation.state.terminal()) {
                    return Decision.SKIP;
                }
                if (command.cancelRequested() || Instant.now().isAfter(command.spec.deliveryDeadline())) {
                    return Decision.STOP;
                }
                if (command.count(InvocationState::countsAsError) > command.errorLimit()) {
                    terminateUnsent();
                    return Decision.STOP;
                }
                if (command.running() < allowed()) {
                    command.markDispatched(invocation);
                    return Decision.SEND;
                }
                command.changed.await(50, TimeUnit.MILLISECONDS);
            }
        } finally {
            command.lock.unlock();
        }
    }

    private int allowed() {
        int limit = command.spec.rateControls().concurrencyLimit(command.invocations().size());
        if (!engine.settings.rampUp()) {
            return limit;
        }
        long completed = command.count(InvocationState::terminal);
        return (int) Math.min(limit, Math.max(1, 2 * completed));
    }

    private void terminateUnsent() {
        command.invocations().stream().filter(i -> !i.dispatched && !i.state.terminal())
                .forEach(i -> command.finish(i, InvocationState.TERMINATED));
    }
}
