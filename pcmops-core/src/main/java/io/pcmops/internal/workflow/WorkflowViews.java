package io.pcmops.internal.workflow;

import io.pcmops.internal.workflow.engine.Definitions;
import io.pcmops.internal.workflow.store.LaunchRow;
import io.pcmops.internal.workflow.store.ResultRow;
import io.pcmops.internal.workflow.store.ResultStore;
import io.pcmops.internal.workflow.store.WorkflowRunRow;
import io.pcmops.model.StepProgress;
import io.pcmops.model.TargetRef;
import io.pcmops.model.TargetStepResult;
import io.pcmops.model.Verdict;
import io.pcmops.model.WorkflowDefinition;
import io.pcmops.model.WorkflowRun;
import io.pcmops.model.WorkflowStep;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the public shapes of workflow runs and their results from stored rows. */
public final class WorkflowViews {

    private final ResultStore results;

    public WorkflowViews(ResultStore results) {
        this.results = results;
    }

    public WorkflowRun run(WorkflowRunRow row, boolean withSteps) {
        WorkflowDefinition definition = Definitions.of(row.source());
        String current = row.status().terminal() ? null : definition.steps().get(row.currentStep()).id();
        return new WorkflowRun(row.id(), row.workflow(), row.version(), row.status(), current, row.message(),
                row.planId(), row.provider(), row.changeTicket(), row.parameters(), row.options(), row.targetCount(),
                row.requestedBy(), row.createdAt(), row.endedAt(), withSteps ? steps(row.id(), definition) : List.of());
    }

    public static TargetStepResult result(WorkflowDefinition definition, ResultRow row, TargetRef target) {
        String next = row.nextStep() == null || row.nextStep() < 0 ? null
                : definition.steps().get(row.nextStep()).id();
        return new TargetStepResult(definition.steps().get(row.step()).id(), target, row.attempt(), row.runId(),
                row.state(), row.exitCode(), row.verdict(), row.reasons(), row.facts(), row.answer(), next);
    }

    private List<StepProgress> steps(String id, WorkflowDefinition definition) {
        Map<Integer, Map<Verdict, Integer>> counts = results.verdictCounts(id);
        Map<Integer, List<String>> runIds = new HashMap<>();
        for (LaunchRow launch : results.launches(id)) {
            if (launch.runId() != null) {
                runIds.computeIfAbsent(launch.step(), k -> new ArrayList<>()).add(launch.runId());
            }
        }
        List<StepProgress> steps = new ArrayList<>();
        for (int i = 0; i < definition.steps().size(); i++) {
            WorkflowStep step = definition.steps().get(i);
            Map<Verdict, Integer> ofStep = counts.containsKey(i) ? counts.get(i) : new HashMap<>();
            Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
            int total = 0;
            for (Map.Entry<Verdict, Integer> entry : ofStep.entrySet()) {
                total += entry.getValue();
                if (entry.getKey() != null) {
                    verdicts.put(entry.getKey(), entry.getValue());
                }
            }
            steps.add(new StepProgress(step.id(), step.title(), runIds.getOrDefault(i, List.of()), total,
                    ofStep.getOrDefault(null, 0), verdicts));
        }
        return steps;
    }
}
