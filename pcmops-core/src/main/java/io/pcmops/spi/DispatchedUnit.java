package io.pcmops.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * A unit the provider accepted.
 *
 * @param unit         the unit
 * @param providerRef  the provider's reference (e.g. the SSM command id)
 * @param dispatchedAt when it was accepted
 */
public record DispatchedUnit(DispatchUnit unit, String providerRef, Instant dispatchedAt) {

    public DispatchedUnit {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(providerRef, "providerRef");
        Objects.requireNonNull(dispatchedAt, "dispatchedAt");
    }
}
