package io.pcmops.testkit.contract;

import io.pcmops.model.InvocationState;
import io.pcmops.model.TargetRef;
import io.pcmops.spi.InvocationSink;
import io.pcmops.spi.InvocationUpdate;
import io.pcmops.testkit.Waits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** An {@link InvocationSink} that keeps every update, for tests to wait on and inspect. */
public final class RecordingSink implements InvocationSink {

    private final List<InvocationUpdate> updates = new ArrayList<>();
    private final Map<String, InvocationUpdate> finals = new ConcurrentHashMap<>();

    @Override
    public synchronized void accept(List<InvocationUpdate> batch) {
        for (InvocationUpdate update : batch) {
            updates.add(update);
            if (update.state().terminal()) {
                finals.putIfAbsent(update.targetId(), update);
            }
        }
    }

    /** Returns whether every target has been reported in a state at least as far as {@code state}. */
    public synchronized boolean reached(List<TargetRef> targets, InvocationState state) {
        return targets.stream().allMatch(target -> updates.stream().anyMatch(update ->
                update.targetId().equals(target.targetId()) && update.state().ordinal() >= state.ordinal()));
    }

    /** Waits until every target has a final state and returns them by target id; fails after {@code patience}. */
    public Map<String, InvocationUpdate> awaitFinal(List<TargetRef> targets, Duration patience) {
        Waits.until(patience, "a final state for every target " + ids(targets),
                () -> targets.stream().allMatch(target -> finals.containsKey(target.targetId())));
        return Map.copyOf(finals);
    }

    private static String ids(List<TargetRef> targets) {
        return targets.stream().map(TargetRef::targetId).collect(Collectors.joining(", ", "[", "]"));
    }
}
