package io.pcmops.model;

import java.time.Instant;

/**
 * A change of a workflow run, for watchers.
 *
 * @param workflowRun the workflow run after the change
 * @param at          when it was observed
 * @param settled     whether it needs nothing more from the library: finished, or waiting at a gate
 */
public record WorkflowRunEvent(WorkflowRun workflowRun, Instant at, boolean settled) {
}
