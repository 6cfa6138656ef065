package io.pcmops.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A workflow run: a workflow version driven step by step over a frozen target list.
 *
 * @param id              workflow run id
 * @param workflow        workflow name
 * @param version         workflow version
 * @param status          status
 * @param currentStep     id of the step running or waiting, or {@code null} once finished
 * @param message         why it failed or what it waits for, or {@code null}
 * @param planId          plan holding its targets
 * @param provider        provider of its targets
 * @param changeTicket    change ticket, or {@code null}
 * @param parameters      parameter values as given (defaults filled in)
 * @param options         limits and timeouts of every step's runs
 * @param targetCount     number of targets
 * @param requestedBy     who started it
 * @param createdAt       when it started
 * @param endedAt         when it ended, or {@code null}
 * @param steps           progress of every step, in order
 */
public record WorkflowRun(String id, String workflow, int version, WorkflowRunStatus status, String currentStep,
                          String message, String planId, String provider, String changeTicket,
                          Map<String, String> parameters, RunOptions options, int targetCount, String requestedBy,
                          Instant createdAt, Instant endedAt, List<StepProgress> steps) {

    public WorkflowRun {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** Returns the progress of a step. */
    public StepProgress step(String stepId) {
        return steps.stream().filter(s -> s.stepId().equals(stepId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no step " + stepId));
    }
}
