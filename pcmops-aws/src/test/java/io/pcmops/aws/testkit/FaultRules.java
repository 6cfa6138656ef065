package io.pcmops.aws.testkit;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/** The faults a {@link FaultProxy} injects now; changeable while it runs. Thread-safe. */
final class FaultRules {

    private volatile Duration latency = Duration.ZERO;
    private final Map<String, Integer> throttleTimes = new ConcurrentHashMap<>();
    private final Map<String, Double> throttleProbability = new ConcurrentHashMap<>();
    private final Set<String> deniedRoles = ConcurrentHashMap.newKeySet();
    private final Map<String, Bare> bareFailures = new ConcurrentHashMap<>();
    private final Random random;
    private volatile String callerArn = "arn:aws:iam::123456789012:user/moto";
    private final Map<String, FaultProxy.Stall> stalls = new ConcurrentHashMap<>();
    private volatile CountDownLatch release = new CountDownLatch(1);

    FaultRules(long seed) {
        this.random = new Random(seed);
    }

    Duration latency() {
        return latency;
    }

    void latency(Duration value) {
        this.latency = value;
    }

    void throttle(String operation, int times) {
        throttleTimes.merge(operation, times, Integer::sum);
    }

    void throttle(String operation, double probability) {
        throttleProbability.put(operation, probability);
    }

    void deny(String roleArn) {
        deniedRoles.add(roleArn);
    }

    void failBare(String operation, int status, String type) {
        bareFailures.put(operation, new Bare(status, type));
    }

    void callerArn(String arn) {
        this.callerArn = arn;
    }

    void stall(String operation, FaultProxy.Stall stall) {
        stalls.put(operation, stall);
    }

    /** How requests for this operation are stalled, if they are. */
    Optional<FaultProxy.Stall> stallFor(ProxyRequest request) {
        return Optional.ofNullable(stalls.get(request.operation()));
    }

    /** Blocks a stalled request until the rules are cleared (or the thread is interrupted). */
    void awaitRelease() throws InterruptedException {
        release.await();
    }

    void clear() {
        stalls.clear();
        CountDownLatch stalled = release;
        release = new CountDownLatch(1);
        stalled.countDown();
        latency = Duration.ZERO;
        throttleTimes.clear();
        throttleProbability.clear();
        deniedRoles.clear();
        bareFailures.clear();
    }

    /** The fault to answer with, if any; consumes one "throttle N times" credit. */
    Optional<FaultResponse> faultFor(ProxyRequest request) {
        if (takeThrottle(request.operation()) || rollThrottle(request.operation())) {
            return Optional.of(FaultResponse.throttling(request));
        }
        Bare bare = bareFailures.get(request.operation());
        if (bare != null) {
            return Optional.of(FaultResponse.withoutMessage(request, bare.status(), bare.type()));
        }
        String role = request.form().get("RoleArn");
        if (request.operation().equals("AssumeRole") && role != null && deniedRoles.contains(role)) {
            return Optional.of(FaultResponse.accessDenied(callerArn, role));
        }
        return Optional.empty();
    }

    private boolean takeThrottle(String operation) {
        boolean[] taken = {false};
        throttleTimes.computeIfPresent(operation, (op, left) -> {
            taken[0] = true;
            return left > 1 ? left - 1 : null;
        });
        return taken[0];
    }

    private boolean rollThrottle(String operation) {
        Double p = throttleProbability.get(operation);
        if (p == null) {
            return false;
        }
        synchronized (random) {
            return random.nextDouble() < p;
        }
    }

    /** An error answered without a message: its status, and its type or {@code null} for none. */
    private record Bare(int status, String type) {
    }
}
