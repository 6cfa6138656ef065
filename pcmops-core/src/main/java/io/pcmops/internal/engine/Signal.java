package io.pcmops.internal.engine;

import io.pcmops.spi.InvocationUpdate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What wakes a run driver. Providers and timers only enqueue signals; the driver's thread acts on them. */
sealed interface Signal {

    /** A provider reported changes for a unit. */
    record Updates(int unitId, List<InvocationUpdate> updates) implements Signal {
    }

    /** A provider accepted a unit. */
    record Dispatched(int unitId, String providerRef, Instant at) implements Signal {
    }

    /** A dispatch failed; the unit may or may not have been sent. */
    record DispatchFailed(int unitId, Throwable error) implements Signal {
    }

    /** The answer to "was this unit sent after all?"; {@code cause} is the original dispatch failure, if any. */
    record Found(int unitId, Optional<String> providerRef, Throwable cause) implements Signal {
    }

    /** Something outside changed (cancel requested, shutdown); check now. */
    record Wake() implements Signal {
    }
}
