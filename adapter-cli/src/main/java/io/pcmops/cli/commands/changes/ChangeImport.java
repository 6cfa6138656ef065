package io.pcmops.cli.commands.changes;

import io.pcmops.model.Change;
import io.pcmops.model.ChangeComparison;

/**
 * What {@code changes import} prints as JSON: the stored change and how its machines changed.
 *
 * @param change  the change as stored now
 * @param created whether the import created it (else it replaced the machines of a stored one)
 * @param added   machines it lists that the stored change did not
 * @param removed machines the stored change listed that it does not
 * @param changed machines in both whose account, region, platform or name changed
 */
public record ChangeImport(Change change, boolean created, int added, int removed, int changed) {

    static ChangeImport of(Change change, ChangeComparison diff) {
        return new ChangeImport(change, !diff.exists(), diff.added().size(), diff.removed().size(),
                diff.changed().size());
    }
}
