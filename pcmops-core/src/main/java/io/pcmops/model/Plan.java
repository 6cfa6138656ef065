package io.pcmops.model;

import java.time.Instant;
import java.util.List;

/**
 * A resolved selector: the frozen target list a run will use, and its blast radius.
 *
 * <p>A run started from a plan runs on exactly these targets, whatever the inventory says later.
 *
 * @param id          plan id
 * @param createdAt   when the selector was resolved
 * @param createdBy   who asked
 * @param selector    the selector that was resolved
 * @param targets     the frozen targets
 * @param blastRadius counts by partition, account, region, platform and reachability
 * @param errors      parts of the fleet that could not be listed
 * @param warnings    other remarks from the inventory
 */
public record Plan(
        String id, Instant createdAt, String createdBy, Selector selector, List<Target> targets,
        BlastRadius blastRadius, List<ScopeError> errors, List<String> warnings) {

    public Plan {
        targets = List.copyOf(targets);
        errors = errors == null ? List.of() : List.copyOf(errors);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
