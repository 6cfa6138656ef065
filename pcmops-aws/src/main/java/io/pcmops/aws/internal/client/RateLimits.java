package io.pcmops.aws.internal.client;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Token buckets per (account, region, API): a call waits (without blocking a thread) until its bucket has a permit.
 * Rates are requests per second; a bucket refills a tenth of its rate every tenth of a second.
 */
public final class RateLimits {

    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();
    private final Executor executor;

    public RateLimits(Executor executor) {
        this.executor = executor;
    }

    /** Runs {@code call} once the bucket of (account, region, operation) at {@code rate} per second allows it. */
    public <T> CompletableFuture<T> run(String account, String region, String operation, double rate,
                                        Supplier<CompletableFuture<T>> call) {
        long waitNanos = limiter(account + "/" + region + "/" + operation, rate).reservePermission();
        if (waitNanos <= 0) {
            return call.get();
        }
        Executor delayed = CompletableFuture.delayedExecutor(waitNanos, TimeUnit.NANOSECONDS, executor);
        return CompletableFuture.supplyAsync(call, delayed).thenCompose(f -> f);
    }

    private RateLimiter limiter(String key, double rate) {
        RateLimiter limiter = limiters.get(key + "@" + rate);
        return limiter != null ? limiter : limiters.computeIfAbsent(key + "@" + rate, k -> create(k, rate));
    }

    static RateLimiter create(String name, double rate) {
        int perPeriod = (int) Math.max(1, Math.round(rate / 10));
        long periodNanos = Math.max(1_000_000L, (long) (perPeriod * 1_000_000_000L / rate));
        return RateLimiter.of(name, RateLimiterConfig.custom().limitForPeriod(perPeriod)
                .limitRefreshPeriod(Duration.ofNanos(periodNanos)).timeoutDuration(Duration.ofDays(1)).build());
    }
}
