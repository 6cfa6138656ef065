package io.pcmops.internal.engine;

import io.pcmops.spi.DispatchUnit;
import io.pcmops.spi.DispatchedUnit;
import java.time.Instant;

/** A unit the driver is waiting on: for the provider to accept it, then for its targets to finish. */
final class ActiveUnit {

    private final DispatchUnit unit;
    private String providerRef;
    private Instant dispatchedAt;
    private boolean cancelSent;

    ActiveUnit(DispatchUnit unit) {
        this.unit = unit;
    }

    DispatchUnit unit() {
        return unit;
    }

    boolean accepted() {
        return providerRef != null;
    }

    void accepted(String ref, Instant at) {
        this.providerRef = ref;
        this.dispatchedAt = at;
    }

    DispatchedUnit dispatched() {
        return new DispatchedUnit(unit, providerRef, dispatchedAt);
    }

    Instant dispatchedAt() {
        return dispatchedAt;
    }

    boolean cancelSent() {
        return cancelSent;
    }

    void markCancelSent() {
        cancelSent = true;
    }
}
