package io.pcmops.model;

import java.util.List;

/**
 * How a proposed instance list differs from a stored change.
 *
 * @param number  change number
 * @param exists  whether the change is stored
 * @param added   machines only in the proposal
 * @param removed machines only in the stored change
 * @param changed machines in both whose account, region, platform or name differ (the proposal's version)
 */
public record ChangeComparison(String number, boolean exists, List<ChangeTarget> added, List<ChangeTarget> removed,
                               List<ChangeTarget> changed) {

    public ChangeComparison {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }
}
