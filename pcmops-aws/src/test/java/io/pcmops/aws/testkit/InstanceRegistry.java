package io.pcmops.aws.testkit;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** The registered instances, per (account, region). Thread-safe; re-registering an id replaces it. */
final class InstanceRegistry {

    private final Map<String, Map<String, SimulatedInstance>> byScope = new ConcurrentHashMap<>();

    void register(SimulatedInstance instance) {
        scope(instance.account(), instance.region()).put(instance.instanceId(), instance);
    }

    Optional<SimulatedInstance> find(String account, String region, String instanceId) {
        return Optional.ofNullable(scope(account, region).get(instanceId));
    }

    /** The current registration of an instance (it may have been updated since a command started). */
    SimulatedInstance current(SimulatedInstance instance) {
        return find(instance.account(), instance.region(), instance.instanceId()).orElse(instance);
    }

    /** All instances of a scope, sorted by id. */
    List<SimulatedInstance> list(String account, String region) {
        return scope(account, region).values().stream()
                .sorted(Comparator.comparing(SimulatedInstance::instanceId)).toList();
    }

    /** Replaces an instance with a changed copy; fails when it is not registered anywhere. */
    SimulatedInstance update(String instanceId, UnaryOperator<SimulatedInstance.Builder> change) {
        for (Map<String, SimulatedInstance> scope : byScope.values()) {
            SimulatedInstance old = scope.get(instanceId);
            if (old != null) {
                SimulatedInstance changed = change.apply(old.toBuilder()).build();
                scope.remove(instanceId);
                register(changed);
                return changed;
            }
        }
        throw new IllegalArgumentException("no such instance: " + instanceId);
    }

    Collection<SimulatedInstance> all() {
        return byScope.values().stream().flatMap(m -> m.values().stream()).toList();
    }

    private Map<String, SimulatedInstance> scope(String account, String region) {
        return byScope.computeIfAbsent(account + "/" + region, k -> new ConcurrentHashMap<>());
    }
}
