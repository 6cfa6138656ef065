package io.pcmops.internal.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * Tunables of the run engine.
 *
 * @param engineId        this engine's id, the owner written on its runs
 * @param lease           how long a run stays owned without a heartbeat
 * @param tick            longest pause of a driver between checks of cancel requests and deadlines
 * @param deadlineGrace   extra time after delivery + execution timeouts before the engine stops waiting
 * @param cancelGrace     how long to wait for the provider to confirm a cancel
 * @param findDelay       pause before asking a provider whether a failed dispatch was sent after all
 * @param dispatchTimeout longest wait for a provider to accept a unit
 * @param takeOverOrphans whether this engine resumes runs whose owner's lease expired
 * @param linger          how long to wait for more free slots before sending a unit smaller than it could be
 */
public record EngineSettings(String engineId, Duration lease, Duration tick, Duration deadlineGrace,
                             Duration cancelGrace, Duration findDelay, Duration dispatchTimeout,
                             boolean takeOverOrphans, Duration linger) {

    public EngineSettings {
        Objects.requireNonNull(engineId, "engineId");
        if (lease.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("the lease must be at least one second");
        }
    }

    /** Returns the defaults: 30 s lease, 250 ms tick, 5 min deadline grace, 2 min cancel grace, 100 ms linger. */
    public static EngineSettings defaults(String engineId) {
        return new EngineSettings(engineId, Duration.ofSeconds(30), Duration.ofMillis(250), Duration.ofMinutes(5),
                Duration.ofMinutes(2), Duration.ofSeconds(2), Duration.ofMinutes(5), true, Duration.ofMillis(100));
    }

    public EngineSettings withEngineId(String value) {
        return new EngineSettings(value, lease, tick, deadlineGrace, cancelGrace, findDelay, dispatchTimeout,
                takeOverOrphans, linger);
    }

    public EngineSettings withLease(Duration value) {
        return new EngineSettings(engineId, value, tick, deadlineGrace, cancelGrace, findDelay, dispatchTimeout,
                takeOverOrphans, linger);
    }

    public EngineSettings withTakeOverOrphans(boolean value) {
        return new EngineSettings(engineId, lease, tick, deadlineGrace, cancelGrace, findDelay, dispatchTimeout,
                value, linger);
    }

    public EngineSettings withGraces(Duration deadline, Duration cancel) {
        return new EngineSettings(engineId, lease, tick, deadline, cancel, findDelay, dispatchTimeout,
                takeOverOrphans, linger);
    }

    /** Returns the heartbeat period: a third of the lease. */
    public Duration heartbeat() {
        return lease.dividedBy(3);
    }
}
