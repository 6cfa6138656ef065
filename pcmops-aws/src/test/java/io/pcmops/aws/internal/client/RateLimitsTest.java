package io.pcmops.aws.internal.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.ratelimiter.RateLimiter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

    @Test
    void create_whenRateIsTwentyPerSecond_refillsTwoEveryTenthOfASecond() {
        RateLimiter limiter = RateLimits.create("x", 20);

        assertThat(limiter.getRateLimiterConfig().getLimitForPeriod()).isEqualTo(2);
        assertThat(limiter.getRateLimiterConfig().getLimitRefreshPeriod().toMillis()).isEqualTo(100);
    }

    @Test
    void run_whenBucketEmpty_delaysCallsInsteadOfFailingThem() {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            RateLimits limits = new RateLimits(executor);
            List<CompletableFuture<Long>> calls = IntStream.range(0, 12).mapToObj(i -> limits.run("111111111111",
                    "us-east-1", "SendCommand", 10, () -> CompletableFuture.completedFuture(System.nanoTime())))
                    .toList();

            List<Long> times = calls.stream().map(CompletableFuture::join).sorted().toList();

            assertThat(times.get(11) - times.get(0)).isGreaterThan(900_000_000L);
        }
    }

    @Test
    void run_whenDifferentAccounts_useSeparateBuckets() {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            RateLimits limits = new RateLimits(executor);
            long start = System.nanoTime();
            List<CompletableFuture<Long>> calls = IntStream.range(0, 10).mapToObj(i -> limits.run(
                    String.format("%012d", i), "us-east-1", "SendCommand", 1,
                    () -> CompletableFuture.completedFuture(System.nanoTime()))).toList();

            assertThat(calls.stream().mapToLong(CompletableFuture::join).max().orElseThrow() - start)
                    .isLessThan(500_000_000L);
        }
    }
}
