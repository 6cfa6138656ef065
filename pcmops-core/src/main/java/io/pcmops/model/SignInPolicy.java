package io.pcmops.model;

import io.pcmops.InvalidRequestException;
import java.time.Duration;

/**
 * How sign-in failures slow an attacker down, and how long sessions last.
 *
 * <p>Failures are counted per user <em>and</em> client address, so failing from one address never blocks the
 * user elsewhere. After {@code freeFailures} failures from one address, that address waits before its next
 * attempt for that user: {@code firstDelay}, doubling with each further failure, at most {@code maxDelay}. One
 * failure is forgotten every {@code forgetEvery} without a failure, so the wait decays by itself.
 *
 * @param freeFailures    failures from one address before it has to wait
 * @param firstDelay      the first wait
 * @param maxDelay        the longest wait
 * @param forgetEvery     one failure is forgotten after this long without one
 * @param sessionLifetime a session ends this long after sign-in
 * @param idleTimeout     a session ends after this long without use
 */
public record SignInPolicy(int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetEvery,
                           Duration sessionLifetime, Duration idleTimeout) {

    public SignInPolicy {
        if (freeFailures < 1 || firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0
                || !forgetEvery.isPositive() || !sessionLifetime.isPositive() || !idleTimeout.isPositive()) {
            throw new InvalidRequestException("sign-in policy: freeFailures must be at least 1, the delays and "
                    + "periods positive, and maxDelay at least firstDelay");
        }
    }

    /**
     * Returns the defaults: 5 free failures per address, then 1 s doubling up to 15 min, one failure forgotten per
     * minute; sessions last 12 h and end after 30 min idle.
     */
    public static SignInPolicy defaults() {
        return new SignInPolicy(5, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofMinutes(1),
                Duration.ofHours(12), Duration.ofMinutes(30));
    }

    /** Returns a copy with other session lengths. */
    public SignInPolicy withSessions(Duration lifetime, Duration idle) {
        return new SignInPolicy(freeFailures, firstDelay, maxDelay, forgetEvery, lifetime, idle);
    }

    /** Returns the wait after {@code failures} failures (zero while they are free). */
    public Duration delayAfter(int failures) {
        int over = failures - freeFailures;
        if (over <= 0) {
            return Duration.ZERO;
        }
        long factor = over > 30 ? Long.MAX_VALUE : 1L << (over - 1);
        long millis = factor > maxDelay.toMillis() / firstDelay.toMillis() ? maxDelay.toMillis()
                : firstDelay.toMillis() * factor;
        return Duration.ofMillis(Math.min(millis, maxDelay.toMillis()));
    }
}
