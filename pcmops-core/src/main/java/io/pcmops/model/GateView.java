package io.pcmops.model;

import java.util.List;

/**
 * The gate a workflow run waits at.
 *
 * @param workflowRunId workflow run id
 * @param stepId        the step behind the gate
 * @param prompt        what to decide
 * @param approval      whether it is a plain approval (no groups)
 * @param parameter     the parameter carrying a group's answer, or {@code null}
 * @param groups        groups of the targets waiting, with choices and answers
 */
public record GateView(String workflowRunId, String stepId, String prompt, boolean approval, String parameter,
                       List<GateGroup> groups) {

    public GateView {
        groups = List.copyOf(groups);
    }
}
