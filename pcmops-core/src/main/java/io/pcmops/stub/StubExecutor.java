package io.pcmops.stub;

import io.pcmops.model.InvocationState;
import io.pcmops.model.OutputText;
import io.pcmops.model.TargetRef;
import io.pcmops.spi.CommandExecutor;
import io.pcmops.spi.DispatchUnit;
import io.pcmops.spi.DispatchedUnit;
import io.pcmops.spi.InvocationSink;
import io.pcmops.spi.InvocationUpdate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Plays each target's {@link StubOutcome}: running from dispatch until its latency has passed, then final. Zero
 * latency finishes inside {@code dispatch}. Counts what it was asked to do, for tests and benchmarks.
 */
final class StubExecutor implements CommandExecutor {

    private final StubProvider provider;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    StubExecutor(StubProvider provider, ScheduledExecutorService scheduler, Clock clock) {
        this.provider = provider;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** The stub runs nothing and writes nothing, so it takes secret parameters (for tests of the engine). */
    @Override
    public boolean passesSecretParameters() {
        return true;
    }

    @Override
    public int maxUnitSize() {
        return provider.maxUnitSize();
    }

    @Override
    public CompletableFuture<String> dispatch(DispatchUnit unit, InvocationSink sink) {
        String ref = "stub-" + unit.runId() + "-" + unit.unitId();
        Instant sentAt = clock.instant();
        provider.stats().sent(unit);
        provider.journal().ifPresent(journal -> journal.record(unit.runId(), unit.unitId(), ref, sentAt,
                unit.targets().size()));
        play(unit, ref, sentAt, sink, true);
        return CompletableFuture.completedFuture(ref);
    }

    @Override
    public CompletableFuture<Void> resume(DispatchedUnit dispatched, InvocationSink sink) {
        play(dispatched.unit(), dispatched.providerRef(), dispatched.dispatchedAt(), sink, false);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Optional<String>> find(DispatchUnit unit, Instant notBefore) {
        Optional<String> ref = provider.journal().flatMap(j -> j.first(unit.runId(), unit.unitId()))
                .map(StubJournal.Entry::ref)
                .or(() -> provider.stats().sentRef(unit.runId(), unit.unitId()));
        return CompletableFuture.completedFuture(ref);
    }

    @Override
    public CompletableFuture<Void> cancel(DispatchedUnit dispatched) {
        Pending unit = pending.remove(dispatched.providerRef());
        if (unit != null) {
            List<InvocationUpdate> cancelled = new ArrayList<>();
            unit.timers().forEach((targetId, timer) -> {
                if (timer.cancel(false)) {
                    provider.stats().finished(true);
                    cancelled.add(new InvocationUpdate(targetId, InvocationState.CANCELLED, "cancelled", 137,
                            OutputText.empty(), OutputText.empty(), null, clock.instant()));
                }
            });
            unit.sink().accept(cancelled);
        }
        return CompletableFuture.completedFuture(null);
    }

    private void play(DispatchUnit unit, String ref, Instant sentAt, InvocationSink sink, boolean counted) {
        List<InvocationUpdate> now = new ArrayList<>();
        Map<String, ScheduledFuture<?>> later = new ConcurrentHashMap<>();
        for (TargetRef target : unit.targets()) {
            StubOutcome outcome = provider.outcome(target, unit.script());
            Duration limit = unit.executionTimeout();
            boolean timesOut = outcome.latency().compareTo(limit) > 0;
            InvocationUpdate last = timesOut ? timedOut(target, sentAt.plus(limit)) : finalUpdate(target, outcome,
                    sentAt);
            long wait = Duration.between(clock.instant(), sentAt.plus(timesOut ? limit : outcome.latency())).toMillis();
            if (counted) {
                provider.stats().started();
            }
            if (wait <= 0) {
                now.add(last);
                provider.stats().finished(counted);
            } else {
                now.add(new InvocationUpdate(target.targetId(), InvocationState.IN_PROGRESS, null, null, null, null,
                        sentAt, null));
                later.put(target.targetId(), scheduler.schedule(() -> {
                    provider.stats().finished(counted);
                    sink.accept(last);
                }, wait, TimeUnit.MILLISECONDS));
            }
        }
        if (!later.isEmpty()) {
            pending.put(ref, new Pending(sink, later));
        }
        sink.accept(now);
    }

    private record Pending(InvocationSink sink, Map<String, ScheduledFuture<?>> timers) {
    }

    private static InvocationUpdate finalUpdate(TargetRef target, StubOutcome outcome, Instant sentAt) {
        return new InvocationUpdate(target.targetId(), outcome.state(), null, outcome.exitCode(),
                OutputText.of(outcome.stdout()), OutputText.of(outcome.stderr()), sentAt,
                sentAt.plus(outcome.latency()));
    }

    private static InvocationUpdate timedOut(TargetRef target, Instant at) {
        return new InvocationUpdate(target.targetId(), InvocationState.TIMED_OUT_EXECUTION, "execution timeout",
                137, OutputText.empty(), OutputText.empty(), null, at);
    }
}
