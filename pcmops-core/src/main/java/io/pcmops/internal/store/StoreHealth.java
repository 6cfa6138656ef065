package io.pcmops.internal.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether the store can be written, as its writes show: the last write's outcome, so a failing disk is reported for
 * as long as writes fail, and clears at the first write that succeeds. Thread-safe.
 */
final class StoreHealth {

    private final Clock clock;
    private Instant lastWrite = Instant.EPOCH;
    private String problem;

    StoreHealth(Clock clock) {
        this.clock = clock;
    }

    /** Returns why the store cannot be written, or empty when its last write succeeded. */
    synchronized Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /**
     * Returns whether the state may be old: no write for {@code healthyAge} while the store works, or for
     * {@code failingAge} while it fails (so a recovery shows soon).
     */
    synchronized boolean stale(Duration healthyAge, Duration failingAge) {
        return lastWrite.plus(problem == null ? healthyAge : failingAge).isBefore(clock.instant());
    }

    synchronized void written() {
        lastWrite = clock.instant();
        problem = null;
    }

    synchronized void failed(String why) {
        lastWrite = clock.instant();
        problem = why;
    }
}
