package io.pcmops.model;

import java.util.Map;

/**
 * Counts of a plan's targets along the dimensions a reviewer cares about.
 *
 * @param total          number of targets
 * @param byProvider     counts per provider id
 * @param byPartition    counts per partition
 * @param byAccount      counts per account
 * @param byRegion       counts per region
 * @param byPlatform     counts per platform
 * @param byReachability counts per reachability status
 */
public record BlastRadius(
        int total, Map<String, Integer> byProvider, Map<String, Integer> byPartition, Map<String, Integer> byAccount,
        Map<String, Integer> byRegion, Map<String, Integer> byPlatform, Map<String, Integer> byReachability) {
}
