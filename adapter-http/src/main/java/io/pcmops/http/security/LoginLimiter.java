package io.pcmops.http.security;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import io.pcmops.http.config.ServerSettings;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * Throttles sign-in attempts per client address with resilience4j rate limiters: each address gets a number of
 * attempts per period, whatever user name it tries (so nobody can spend another user's attempts). At most
 * {@value #MAX_KEYS} addresses are remembered, the least recently seen forgotten first, so memory stays bounded
 * whatever arrives. A refused attempt says how long to wait.
 */
@Singleton
public final class LoginLimiter {

    /** Addresses remembered at most. */
    public static final int MAX_KEYS = 10_000;

    private final RateLimiterConfig perClient;
    private final Map<String, AtomicRateLimiter> limiters = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, AtomicRateLimiter> eldest) {
            return size() > MAX_KEYS;
        }
    };

    @Inject
    public LoginLimiter(ServerSettings settings) {
        this.perClient = RateLimiterConfig.custom().limitForPeriod(settings.login().perClient())
                .limitRefreshPeriod(settings.login().period()).timeoutDuration(Duration.ZERO).build();
    }

    /** Takes one attempt for the address; returns how long to wait when its attempts are spent. */
    public Optional<Duration> acquire(String client) {
        AtomicRateLimiter limiter = limiter(client);
        if (limiter.acquirePermission()) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(Math.max(limiter.getDetailedMetrics().getNanosToWait(), 1_000_000_000L)));
    }

    /** Returns how many addresses are remembered. */
    public synchronized int size() {
        return limiters.size();
    }

    private synchronized AtomicRateLimiter limiter(String client) {
        return limiters.computeIfAbsent(client, name -> (AtomicRateLimiter) RateLimiter.of("login", perClient));
    }
}
