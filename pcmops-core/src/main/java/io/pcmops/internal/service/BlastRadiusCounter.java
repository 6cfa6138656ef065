package io.pcmops.internal.service;

import io.pcmops.model.BlastRadius;
import io.pcmops.model.Target;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Counts targets by provider, partition, account, region, platform and reachability. */
public final class BlastRadiusCounter {

    private BlastRadiusCounter() {
    }

    public static BlastRadius count(List<Target> targets) {
        return new BlastRadius(targets.size(), by(targets, Target::provider), by(targets, Target::partition),
                by(targets, Target::account), by(targets, Target::region), by(targets, t -> t.platform().id()),
                by(targets, t -> t.reachability().status().name()));
    }

    private static Map<String, Integer> by(List<Target> targets, Function<Target, String> key) {
        Map<String, Integer> counts = new TreeMap<>();
        targets.forEach(t -> counts.merge(key.apply(t), 1, Integer::sum));
        return counts;
    }
}
