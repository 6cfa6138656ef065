package io.pcmops.internal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * Lets actors who do not operate (viewers) force a full re-inventory of the fleet at most once a minute, all of
 * them together: a refresh costs calls in every account and region.
 */
@Singleton
public final class RefreshGate {

    /** The shortest time between two forced refreshes by viewers. */
    public static final Duration INTERVAL = Duration.ofMinutes(1);

    private final Clock clock;
    private final AtomicReference<Instant> last = new AtomicReference<>(Instant.MIN);

    @Inject
    public RefreshGate(Clock clock) {
        this.clock = clock;
    }

    /** Takes the refresh when the interval has passed; otherwise returns when the next one is allowed. */
    public Optional<Instant> tryTake() {
        Instant now = clock.instant();
        Instant previous = last.get();
        Instant next = previous == Instant.MIN ? Instant.MIN : previous.plus(INTERVAL);
        if (now.isBefore(next) || !last.compareAndSet(previous, now)) {
            return Optional.of(next.isAfter(now) ? next : now.plus(INTERVAL));
        }
        return Optional.empty();
    }
}
