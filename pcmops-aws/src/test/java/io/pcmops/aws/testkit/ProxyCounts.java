package io.pcmops.aws.testkit;

import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** What a {@link FaultProxy} received: requests by {@code service:operation}, and the regions they were signed for. */
final class ProxyCounts {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> regions = new ConcurrentHashMap<>();
    private final LongAdder injected = new LongAdder();

    void received(ProxyRequest request) {
        counts.computeIfAbsent(request.key(), k -> new LongAdder()).increment();
        if (request.region() != null) {
            regions.computeIfAbsent(request.key(), k -> ConcurrentHashMap.newKeySet()).add(request.region());
        }
    }

    void injected() {
        injected.increment();
    }

    long injectedFaults() {
        return injected.sum();
    }

    long count(String key) {
        LongAdder adder = counts.get(key);
        return adder == null ? 0 : adder.sum();
    }

    Map<String, Long> snapshot() {
        Map<String, Long> snapshot = new TreeMap<>();
        counts.forEach((key, adder) -> snapshot.put(key, adder.sum()));
        return snapshot;
    }

    SortedSet<String> regions(String key) {
        return new TreeSet<>(regions.getOrDefault(key, Set.of()));
    }

    void clear() {
        counts.clear();
        regions.clear();
        injected.reset();
    }
}
