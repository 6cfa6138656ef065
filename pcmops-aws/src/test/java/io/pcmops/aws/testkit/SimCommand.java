package io.pcmops.aws.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A command and its invocations. Every state change happens under {@link #lock} and signals {@link #changed}; the
 * counters and the aggregated status are computed live from the invocations.
 */
final class SimCommand {

    final CommandSpec spec;
    final ReentrantLock lock = new ReentrantLock();
    final Condition changed = lock.newCondition();
    private final List<SimInvocation> invocations = new ArrayList<>();
    private boolean cancelRequested;
    private int running;
    private int maxRunning;

    SimCommand(CommandSpec spec, List<SimulatedInstance> instances) {
        this.spec = spec;
        for (SimulatedInstance instance : instances) {
            invocations.add(new SimInvocation(this, instance, invocations.size()));
        }
    }

    List<SimInvocation> invocations() {
        return invocations;
    }

    String sortKey() {
        return String.format("%019d", Long.MAX_VALUE - spec.sequence());
    }

    /** Runs {@code action} under the lock. */
    <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    /** Marks the invocation sent; the caller holds the lock. */
    void markDispatched(SimInvocation invocation) {
        invocation.dispatched = true;
        running++;
        maxRunning = Math.max(maxRunning, running);
    }

    /** Moves a non-terminal invocation to another non-terminal state; false when it is already terminal. */
    boolean advance(SimInvocation invocation, InvocationState state, Instant startedAt) {
        return locked(() -> {
            if (invocation.state.terminal() || invocation.state == InvocationState.CANCELLING) {
                return false;
            }
            invocation.state = state;
            if (startedAt != null) {
                invocation.startedAt = startedAt;
            }
            changed.signalAll();
            return true;
        });
    }

    /** Ends an invocation (no-op when already terminal) and tells its runner to stop. */
    void finish(SimInvocation invocation, InvocationState state, int code, byte[] stdout, byte[] stderr) {
        locked(() -> {
            if (!invocation.state.terminal()) {
                if (invocation.dispatched) {
                    running--;
                }
                invocation.state = state;
                invocation.responseCode = code;
                invocation.endedAt = Instant.now();
                invocation.stdout = stdout;
                invocation.stderr = stderr;
                changed.signalAll();
            }
            return null;
        });
        invocation.stop.complete(null);
    }

    void finish(SimInvocation invocation, InvocationState state) {
        finish(invocation, state, -1, new byte[0], new byte[0]);
    }

    /**
     * Cancels the given invocations (all when {@code wholeCommand}); running ones go to Cancelling first. A command
     * whose invocations are all terminal is left as it was.
     */
    void cancel(Collection<SimInvocation> targets, boolean wholeCommand) {
        List<SimInvocation> toFinish = new ArrayList<>();
        locked(() -> {
            cancelRequested |= wholeCommand && invocations.stream().anyMatch(i -> !i.state.terminal());
            for (SimInvocation invocation : targets) {
                if (invocation.state == InvocationState.IN_PROGRESS) {
                    invocation.state = InvocationState.CANCELLING;
                    invocation.stop.complete(null);
                } else if (!invocation.state.terminal() && invocation.state != InvocationState.CANCELLING) {
                    toFinish.add(invocation);
                }
            }
            toFinish.forEach(i -> finish(i, InvocationState.CANCELLED));
            changed.signalAll();
            return null;
        });
    }

    /** ExpiresAfter reached: every non-terminal invocation ends DeliveryTimedOut. */
    void expire() {
        invocations.forEach(i -> finish(i, InvocationState.DELIVERY_TIMED_OUT));
    }

    /** Waits until every invocation is terminal or the real deadline passes; true when done. */
    boolean awaitDone(long deadlineNanos) throws InterruptedException {
        lock.lock();
        try {
            while (!done()) {
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                changed.awaitNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)));
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    boolean done() {
        return locked(() -> invocations.stream().allMatch(i -> i.state.terminal()));
    }

    CommandStatus status() {
        return locked(() -> CommandStatus.of(invocations.stream().map(i -> i.state).toList(),
                invocations.stream().anyMatch(i -> i.dispatched), cancelRequested, errorLimit()));
    }

    int errorLimit() {
        return spec.rateControls().errorLimit(invocations.size());
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    int running() {
        return running;
    }

    int maxRunning() {
        return locked(() -> maxRunning);
    }

    long count(java.util.function.Predicate<InvocationState> predicate) {
        return locked(() -> invocations.stream().filter(i -> predicate.test(i.state)).count());
    }
}
