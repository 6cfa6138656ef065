package io.pcmops.spi;

import java.util.List;

/**
 * Receives state changes of a unit's targets. Thread-safe; cheap to call; never blocks on I/O.
 * Sending the same state twice is harmless; a final state is never replaced.
 */
@FunctionalInterface
public interface InvocationSink {

    /** Reports changes, ideally batched (one call per polling round). */
    void accept(List<InvocationUpdate> updates);

    /** Reports one change. */
    default void accept(InvocationUpdate update) {
        accept(List.of(update));
    }
}
