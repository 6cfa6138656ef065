package io.pcmops.spi;

import io.pcmops.model.TargetRef;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Targets sent together with one script.
 *
 * @param runId            run id
 * @param unitId           number of the unit within the run, from 1
 * @param targets          the targets, sharing one unit key
 * @param script           the script with validated parameter values
 * @param maxConcurrency   how many of these targets may run at once (the engine's free slots)
 * @param maxErrors        failures the unit may still spend of the run's budget
 * @param deliveryTimeout  delivery timeout
 * @param executionTimeout execution timeout
 * @param requestedBy      who asked for the run
 */
public record DispatchUnit(String runId, int unitId, List<TargetRef> targets, PreparedScript script,
                           int maxConcurrency, int maxErrors, Duration deliveryTimeout, Duration executionTimeout,
                           String requestedBy) {

    public DispatchUnit {
        Objects.requireNonNull(runId, "runId");
        targets = List.copyOf(targets);
        Objects.requireNonNull(script, "script");
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("a dispatch unit needs at least one target");
        }
    }

    /** Returns the tag a provider attaches to what it sends so {@link CommandExecutor#find} can recognise it. */
    public String comment() {
        return "pcmops:" + runId + ":" + unitId;
    }
}
