package io.pcmops.stub;

import io.pcmops.spi.DispatchUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** What a stub provider was asked to do: units sent, targets running now and at most. */
public final class StubStats {

    private final List<String> units = new CopyOnWriteArrayList<>();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger maxRunning = new AtomicInteger();
    private final AtomicInteger targetsSent = new AtomicInteger();

    void sent(DispatchUnit unit) {
        units.add(unit.runId() + ":" + unit.unitId());
        targetsSent.addAndGet(unit.targets().size());
    }

    void started() {
        maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
    }

    void finished(boolean counted) {
        if (counted) {
            running.decrementAndGet();
        }
    }

    Optional<String> sentRef(String runId, int unitId) {
        return units.contains(runId + ":" + unitId) ? Optional.of("stub-" + runId + "-" + unitId) : Optional.empty();
    }

    /** Returns every unit sent, as {@code runId:unitId}, in order. */
    public List<String> unitsSent() {
        return List.copyOf(units);
    }

    /** Returns how many targets were sent in all. */
    public int targetsSent() {
        return targetsSent.get();
    }

    /** Returns how many targets are running now. */
    public int running() {
        return running.get();
    }

    /** Returns the most targets that were running at the same time. */
    public int maxRunning() {
        return maxRunning.get();
    }
}
