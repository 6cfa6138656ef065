package io.pcmops.model;

import java.util.List;
import java.util.Map;

/**
 * Facts of two sources compared per target: the pre/post evidence of a change.
 *
 * @param before  the earlier source
 * @param after   the later source
 * @param targets every target of either source, by target id
 * @param counts  targets per difference
 */
public record FactComparison(FactSource before, FactSource after, List<TargetComparison> targets,
                             Map<Difference, Integer> counts) {

    public FactComparison {
        targets = List.copyOf(targets);
        counts = Map.copyOf(counts);
    }
}
