package io.pcmops.aws.testkit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the simulator saw: calls per operation, the scripts each instance started, and the calls about a command
 * answered while it was not yet visible. Thread-safe.
 */
final class SimulatorStats {

    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> beforeVisible = new ConcurrentHashMap<>();
    private final Map<String, List<SsmFleetSimulator.ExecutedScript>> executions = new ConcurrentHashMap<>();

    void countCall(String operation) {
        calls.computeIfAbsent(operation, k -> new LongAdder()).increment();
    }

    long calls(String operation) {
        LongAdder adder = calls.get(operation);
        return adder == null ? 0 : adder.sum();
    }

    Map<String, Long> allCalls() {
        Map<String, Long> snapshot = new TreeMap<>();
        calls.forEach((op, adder) -> snapshot.put(op, adder.sum()));
        return snapshot;
    }

    void countBeforeVisible(String commandId) {
        beforeVisible.computeIfAbsent(commandId, k -> new LongAdder()).increment();
    }

    long beforeVisible(String commandId) {
        LongAdder adder = beforeVisible.get(commandId);
        return adder == null ? 0 : adder.sum();
    }

    void recordExecution(SsmFleetSimulator.ExecutedScript script) {
        executions.computeIfAbsent(script.instanceId(), k -> new CopyOnWriteArrayList<>()).add(script);
    }

    List<SsmFleetSimulator.ExecutedScript> executions(String instanceId) {
        return List.copyOf(executions.getOrDefault(instanceId, List.of()));
    }
}
