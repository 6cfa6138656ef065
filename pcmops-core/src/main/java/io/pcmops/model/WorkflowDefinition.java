package io.pcmops.model;

import io.pcmops.InvalidRequestException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A workflow as written in its YAML file: typed parameters and ordered steps.
 *
 * {@snippet lang=yaml :
 * name: disk-report
 * parameters:
 *   - {name: MIN_FREE_MB, type: integer, defaultValue: "1024"}
 * steps:
 *   - id: inventory
 *     scripts:
 *       linux: {language: shell, body: "df -Pm / | awk 'NR==2 {print \"root_free_mb=\" $4}'"}
 *     rules:
 *       - {warn: "only {root_free_mb} MB free on /", when: {fact: root_free_mb, below: 1024}}
 * }
 *
 * <p>Parameter names starting with {@code PCMOPS_} are reserved: every step also gets {@code PCMOPS_WORKFLOW_RUN}
 * (the workflow run id) and {@code PCMOPS_CHANGE} (its change ticket, else the workflow run id).
 *
 * @param name        workflow name: letters, digits, {@code . _ -}, 1–100 characters
 * @param description what it does
 * @param parameters  typed parameters, given when a workflow run starts
 * @param steps       ordered steps; targets only move forward
 * @param finalReport the step whose output is the final report, or {@code null}
 */
public record WorkflowDefinition(String name, String description, List<ParameterSpec> parameters,
                                 List<WorkflowStep> steps, FinalReport finalReport) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    public WorkflowDefinition {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidRequestException("workflow name '" + name
                    + "' must be 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        description = description == null ? "" : description;
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        if (steps == null || steps.isEmpty()) {
            throw new InvalidRequestException("workflow '" + name + "' needs at least one step");
        }
        steps = List.copyOf(steps);
    }

    /** Returns the index of a step, or -1. */
    public int indexOf(String stepId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId)) {
                return i;
            }
        }
        return -1;
    }

    /** Returns the flow of a step, with the default (PASS and WARN to the following step) filled in. */
    public List<FlowRule> flowOf(int index) {
        WorkflowStep step = steps.get(index);
        if (step.next() != null) {
            return step.next();
        }
        return index + 1 < steps.size() ? List.of(new FlowRule(steps.get(index + 1).id(), null, null)) : List.of();
    }
}
