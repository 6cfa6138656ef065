package io.pcmops.model;

import io.pcmops.InvalidRequestException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request to run a workflow on one frozen set of targets: exactly one of {@code planId}, {@code selector} or
 * {@code change} (the change ticket's machines, and the run carries its number).
 *
 * @param workflow    workflow name
 * @param version     workflow version, or {@code null} for the latest
 * @param planId      plan to run on
 * @param selector    selector to resolve into a plan first
 * @param change      change ticket whose machines to run on
 * @param parameters  values of the workflow's parameters
 * @param options     limits and timeouts of every step's runs
 * @param requestedBy who asked; filled in by the library from its actor when {@code null}
 */
public record WorkflowRunRequest(String workflow, Integer version, String planId, Selector selector, String change,
                                 Map<String, String> parameters, RunOptions options, String requestedBy) {

    public WorkflowRunRequest {
        if (workflow == null || workflow.isBlank()) {
            throw new InvalidRequestException("a workflow run request names a workflow");
        }
        int sources = (planId == null || planId.isBlank() ? 0 : 1) + (selector == null ? 0 : 1)
                + (change == null || change.isBlank() ? 0 : 1);
        if (sources != 1) {
            throw new InvalidRequestException("a workflow run request names exactly one of a planId, a selector or "
                    + "a change, not " + (sources == 0 ? "none" : sources));
        }
        if (version != null && version < 1) {
            throw new InvalidRequestException("workflow version must be 1 or more, not " + version);
        }
        parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(parameters));
        options = options == null ? RunOptions.defaults() : options;
    }

    /** Returns a request for the latest version of a workflow on a selector. */
    public static WorkflowRunRequest onSelector(String workflow, Selector selector) {
        return new WorkflowRunRequest(workflow, null, null, selector, null, null, null, null);
    }

    /** Returns a request for the latest version of a workflow on a plan. */
    public static WorkflowRunRequest onPlan(String workflow, String planId) {
        return new WorkflowRunRequest(workflow, null, planId, null, null, null, null, null);
    }

    /** Returns a request for the latest version of a workflow on a change ticket's machines. */
    public static WorkflowRunRequest onChange(String workflow, String change) {
        return new WorkflowRunRequest(workflow, null, null, null, change, null, null, null);
    }

    /** Returns a copy with these parameter values. */
    public WorkflowRunRequest withParameters(Map<String, String> values) {
        return new WorkflowRunRequest(workflow, version, planId, selector, change, values, options, requestedBy);
    }

    /** Returns a copy with these run options. */
    public WorkflowRunRequest withOptions(RunOptions value) {
        return new WorkflowRunRequest(workflow, version, planId, selector, change, parameters, value, requestedBy);
    }

    /** Returns a copy naming a workflow version ({@code null}: the latest). */
    public WorkflowRunRequest withVersion(Integer value) {
        return new WorkflowRunRequest(workflow, value, planId, selector, change, parameters, options, requestedBy);
    }

    /** Returns a copy recording who asked. */
    public WorkflowRunRequest withRequestedBy(String value) {
        return new WorkflowRunRequest(workflow, version, planId, selector, change, parameters, options, value);
    }
}
