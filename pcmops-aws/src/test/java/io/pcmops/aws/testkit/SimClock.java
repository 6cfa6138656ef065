package io.pcmops.aws.testkit;

import java.time.Duration;
import java.time.Instant;

/**
 * Wall-clock time plus the simulator's time scale. Timestamps are always real wall-clock instants; SSM-defined
 * durations (delivery and execution timeouts, visibility/dispatch/undeliverable delays) are multiplied by the scale,
 * so {@code scale 0.001} turns one simulated second into one real millisecond.
 */
record SimClock(double scale) {

    SimClock {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("time scale must be > 0: " + scale);
        }
    }

    Instant now() {
        return Instant.now();
    }

    /** The real duration that stands for the given simulated one. */
    Duration real(Duration simulated) {
        return Duration.ofNanos(Math.round(simulated.toNanos() * scale));
    }

    Duration realSeconds(long simulatedSeconds) {
        return real(Duration.ofSeconds(simulatedSeconds));
    }
}
