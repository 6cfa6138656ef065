package io.pcmops.internal.store;

import java.time.Instant;

/**
 * A dispatch unit as stored.
 *
 * @param unitId         number within the run
 * @param unitKey        key shared by its targets
 * @param state          state
 * @param providerRef    provider's reference, or {@code null} before the provider answered
 * @param maxConcurrency concurrency given to the provider
 * @param maxErrors      error budget given to the provider
 * @param createdAt      when it was stored as dispatching
 * @param dispatchedAt   when the provider accepted it, or {@code null}
 */
public record UnitRecord(int unitId, String unitKey, State state, String providerRef, int maxConcurrency,
                         int maxErrors, Instant createdAt, Instant dispatchedAt) {

    /** Unit states. */
    public enum State {
        /** Stored before sending; the provider may or may not have it. */
        DISPATCHING,
        /** The provider accepted it. */
        DISPATCHED,
        /** Certainly never sent; its targets were settled or returned to the queue. */
        ABANDONED,
        /** Every target has a final state. */
        DONE
    }
}
