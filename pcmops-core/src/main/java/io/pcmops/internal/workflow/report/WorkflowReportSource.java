package io.pcmops.internal.workflow.report;

import io.pcmops.model.TargetStepResult;
import io.pcmops.model.WorkflowDefinition;
import io.pcmops.model.WorkflowRun;
import java.util.function.Consumer;

/** What a workflow run report reads: the run, its definition and its results with their output. */
public interface WorkflowReportSource {

    WorkflowRun run();

    WorkflowDefinition definition();

    /** Feeds the current results of one step (or every step, -1) in step then plan order, with their output. */
    void forEachResult(int step, Consumer<Entry> consumer);

    /**
     * One result with the output of its target in its run.
     *
     * @param result the result
     * @param stdout complete standard output ({@code ""} when it did not run)
     * @param stderr complete standard error
     */
    record Entry(TargetStepResult result, String stdout, String stderr) {
    }
}
