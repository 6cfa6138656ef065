package io.pcmops.http.security;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import io.pcmops.http.config.ServerSettings;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * Throttles sign-in attempts per user name and per client address with resilience4j rate limiters: each key gets
 * a number of attempts per period. A refused attempt says how long to wait.
 */
@Singleton
public final class LoginLimiter {

    private static final int MAX_KEYS = 10_000;

    private final RateLimiterConfig perUser;
    private final RateLimiterConfig perClient;
    private final Map<String, AtomicRateLimiter> limiters = new ConcurrentHashMap<>();

    @Inject
    public LoginLimiter(ServerSettings settings) {
        ServerSettings.LoginPolicy policy = settings.login();
        this.perUser = config(policy.perUser(), policy.period());
        this.perClient = config(policy.perClient(), policy.period());
    }

    /** Takes one attempt for both keys; returns how long to wait when either is spent. */
    public Optional<Duration> acquire(String username, String client) {
        AtomicRateLimiter user = limiter("user:" + username.toLowerCase(Locale.ROOT), perUser);
        AtomicRateLimiter address = limiter("client:" + client, perClient);
        if (!address.acquirePermission()) {
            return Optional.of(wait(address));
        }
        if (!user.acquirePermission()) {
            return Optional.of(wait(user));
        }
        return Optional.empty();
    }

    private AtomicRateLimiter limiter(String key, RateLimiterConfig config) {
        if (limiters.size() > MAX_KEYS) {
            limiters.values().removeIf(l -> l.getMetrics().getAvailablePermissions() >= l.getRateLimiterConfig().getLimitForPeriod());
        }
        return limiters.computeIfAbsent(key, name -> (AtomicRateLimiter) RateLimiter.of(name, config));
    }

    private static Duration wait(AtomicRateLimiter limiter) {
        return Duration.ofNanos(Math.max(limiter.getDetailedMetrics().getNanosToWait(), 1_000_000_000L));
    }

    private static RateLimiterConfig config(int attempts, Duration period) {
        return RateLimiterConfig.custom().limitForPeriod(attempts).limitRefreshPeriod(period)
                .timeoutDuration(Duration.ZERO).build();
    }
}
