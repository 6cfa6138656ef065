package io.pcmops.cli.commands.changes;

import io.pcmops.model.Change;
import io.pcmops.model.Page;
import io.pcmops.model.Run;

/**
 * What {@code changes show} prints as JSON.
 *
 * @param change the change with its machines
 * @param runs   the latest runs made under it
 */
public record ChangeView(Change change, Page<Run> runs) {
}
