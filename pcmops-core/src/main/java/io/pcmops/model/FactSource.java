package io.pcmops.model;

import io.pcmops.InvalidRequestException;

/**
 * Where compared facts come from: a workflow run (each target's facts of every step it ran, later steps overriding
 * earlier ones; or of one step when {@code stepId} is given), or a plain run (facts read from each target's
 * {@code KEY=value} output lines).
 *
 * @param runId         a plain run, or {@code null}
 * @param workflowRunId a workflow run, or {@code null}
 * @param stepId        one step of that workflow run, or {@code null} for all
 */
public record FactSource(String runId, String workflowRunId, String stepId) {

    public FactSource {
        if ((runId == null) == (workflowRunId == null)) {
            throw new InvalidRequestException("a fact source is either a run or a workflow run");
        }
        if (runId != null && stepId != null) {
            throw new InvalidRequestException("a step can only be named for a workflow run");
        }
    }

    /** Facts of a plain run. */
    public static FactSource run(String runId) {
        return new FactSource(runId, null, null);
    }

    /** Facts of a whole workflow run. */
    public static FactSource workflowRun(String workflowRunId) {
        return new FactSource(null, workflowRunId, null);
    }

    /** Facts of one step of a workflow run. */
    public static FactSource step(String workflowRunId, String stepId) {
        return new FactSource(null, workflowRunId, stepId);
    }

    /** Returns a short label, e.g. {@code run r-1} or {@code workflow run w-2}. */
    public String label() {
        return runId != null ? "run " + runId : "workflow run " + workflowRunId + (stepId == null ? "" : " step " + stepId);
    }
}
