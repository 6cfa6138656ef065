package io.pcmops.model;

import java.util.List;

/**
 * The answer to an inventory query: the targets found, plus what could not be listed.
 *
 * @param targets  targets, in a stable order
 * @param errors   failures confined to a partition, account or region
 * @param warnings other things the user should know (e.g. reachability unknown)
 */
public record TargetListing(List<Target> targets, List<ScopeError> errors, List<String> warnings) {

    public TargetListing {
        targets = targets == null ? List.of() : List.copyOf(targets);
        errors = errors == null ? List.of() : List.copyOf(errors);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** Returns a listing with targets only. */
    public static TargetListing of(List<Target> targets) {
        return new TargetListing(targets, List.of(), List.of());
    }
}
