package io.pcmops.stub;

import io.pcmops.model.Platform;
import io.pcmops.model.Reachability;
import io.pcmops.model.ReachabilityStatus;
import io.pcmops.model.Target;
import io.pcmops.model.TargetState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A deterministic fleet: target {@code i} is {@code stub-000001}… in account {@code 1000000000NN} (round robin over
 * the accounts) and region {@code regions[i % regions.size()]}, tagged {@code Env=prod} or {@code Env=dev}
 * (alternately) and {@code Index=i}.
 *
 * @param size          number of targets
 * @param accounts      number of accounts
 * @param regions       regions
 * @param partition     partition
 * @param windowsEvery  every n-th target is Windows (0: none)
 * @param offlineEvery  every n-th target's agent is offline (0: none)
 */
public record StubFleet(int size, int accounts, List<String> regions, String partition, int windowsEvery,
                        int offlineEvery) {

    public StubFleet {
        if (size < 0 || accounts < 1 || regions.isEmpty()) {
            throw new IllegalArgumentException("a stub fleet needs 0+ targets, 1+ accounts and 1+ regions");
        }
        regions = List.copyOf(regions);
    }

    /** Returns every target, in index order. */
    public List<Target> targets() {
        List<Target> targets = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            targets.add(target(i));
        }
        return targets;
    }

    /** Returns the target at an index. */
    public Target target(int index) {
        boolean windows = windowsEvery > 0 && (index + 1) % windowsEvery == 0;
        boolean offline = offlineEvery > 0 && (index + 1) % offlineEvery == 0;
        return Target.builder(StubProvider.ID, String.format("stub-%06d", index + 1)).partition(partition)
                .account(String.format("1000000000%02d", index % accounts + 1))
                .region(regions.get(index % regions.size())).name(String.format("node-%d", index + 1))
                .platform(windows ? Platform.WINDOWS : Platform.LINUX).state(TargetState.RUNNING)
                .tags(Map.of("Env", index % 2 == 0 ? "prod" : "dev", "Index", Integer.toString(index)))
                .reachability(Reachability.of(offline ? ReachabilityStatus.OFFLINE : ReachabilityStatus.ONLINE))
                .instanceType("stub.small").build();
    }

    /** Returns the index of a target id, or -1. */
    public int indexOf(String targetId) {
        if (!targetId.startsWith("stub-")) {
            return -1;
        }
        try {
            int index = Integer.parseInt(targetId.substring(5)) - 1;
            return index >= 0 && index < size ? index : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
