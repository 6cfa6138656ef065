package io.pcmops.internal.workflow;

import io.pcmops.internal.workflow.report.WorkflowReportSource;
import io.pcmops.internal.store.PlanStore;
import io.pcmops.internal.store.RunReader;
import io.pcmops.internal.workflow.engine.Definitions;
import io.pcmops.internal.workflow.store.ResultRow;
import io.pcmops.internal.workflow.store.ResultStore;
import io.pcmops.internal.workflow.store.WorkflowRunRow;
import io.pcmops.model.InvocationOutput;
import io.pcmops.model.Target;
import io.pcmops.model.WorkflowDefinition;
import io.pcmops.model.WorkflowRun;
import java.util.List;
import java.util.function.Consumer;

/** A workflow run report's data, read from the store page by page. */
final class StoredReportSource implements WorkflowReportSource {

    private static final int PAGE = 500;

    private final WorkflowRunRow row;
    private final WorkflowRun run;
    private final WorkflowDefinition definition;
    private final List<Target> targets;
    private final ResultStore results;
    private final RunReader runReader;

    StoredReportSource(WorkflowRunRow row, WorkflowViews views, ResultStore results, PlanStore plans,
                       RunReader runReader) {
        this.row = row;
        this.run = views.run(row, true);
        this.definition = Definitions.of(row.source());
        this.targets = plans.find(row.planId()).orElseThrow().targets();
        this.results = results;
        this.runReader = runReader;
    }

    @Override
    public WorkflowRun run() {
        return run;
    }

    @Override
    public WorkflowDefinition definition() {
        return definition;
    }

    @Override
    public void forEachResult(int step, Consumer<Entry> consumer) {
        for (int offset = 0; ; offset += PAGE) {
            List<ResultRow> page = results.current(row.id(), step, offset, PAGE);
            for (ResultRow result : page) {
                InvocationOutput output = result.runId() == null ? null
                        : runReader.output(result.runId(), result.targetId()).orElse(null);
                consumer.accept(new Entry(WorkflowViews.result(definition, result,
                        targets.get(result.targetSeq()).ref()), output == null ? "" : output.stdout().text(),
                        output == null ? "" : output.stderr().text()));
            }
            if (page.size() < PAGE) {
                return;
            }
        }
    }
}
