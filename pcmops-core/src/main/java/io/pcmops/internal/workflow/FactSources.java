package io.pcmops.internal.workflow;

import io.pcmops.InvalidRequestException;
import io.pcmops.NotFoundException;
import io.pcmops.internal.store.PlanStore;
import io.pcmops.internal.store.RunReader;
import io.pcmops.internal.workflow.engine.Definitions;
import io.pcmops.internal.workflow.facts.FactComparer;
import io.pcmops.internal.workflow.facts.FactComparer.TargetFacts;
import io.pcmops.internal.workflow.facts.FactExtractor;
import io.pcmops.internal.workflow.store.ResultRow;
import io.pcmops.internal.workflow.store.ResultStore;
import io.pcmops.internal.workflow.store.WorkflowRunRow;
import io.pcmops.internal.workflow.store.WorkflowRunStore;
import io.pcmops.model.FactComparison;
import io.pcmops.model.FactSource;
import io.pcmops.model.Target;
import io.pcmops.model.TargetComparison;
import io.pcmops.model.WorkflowDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the facts of a run or a workflow run per target, and compares two such sources. */
final class FactSources {

    private static final int PAGE = 10_000;

    private final WorkflowRunStore runs;
    private final ResultStore results;
    private final PlanStore plans;
    private final RunReader runReader;

    FactSources(WorkflowRunStore runs, ResultStore results, PlanStore plans, RunReader runReader) {
        this.runs = runs;
        this.results = results;
        this.plans = plans;
        this.runReader = runReader;
    }

    FactComparison compare(FactSource before, FactSource after) {
        List<TargetComparison> targets = FactComparer.compare(facts(before), facts(after));
        return new FactComparison(before, after, targets, FactComparer.counts(targets));
    }

    private Map<String, TargetFacts> facts(FactSource source) {
        return source.runId() != null ? ofRun(source.runId()) : ofWorkflowRun(source.workflowRunId(), source.stepId());
    }

    private Map<String, TargetFacts> ofRun(String runId) {
        if (runReader.find(runId).isEmpty()) {
            throw new NotFoundException("no run with id '" + runId + "'");
        }
        Map<String, TargetFacts> facts = new LinkedHashMap<>();
        runReader.forEachInvocation(runId, i -> facts.put(i.target().targetId(),
                new TargetFacts(i.target().name(), FactExtractor.keyValues(i.stdout()))));
        return facts;
    }

    private Map<String, TargetFacts> ofWorkflowRun(String id, String stepId) {
        WorkflowRunRow run = runs.find(id).orElseThrow(() -> new NotFoundException("no workflow run with id '"
                + id + "'"));
        WorkflowDefinition definition = Definitions.of(run.source());
        int step = stepId == null ? -1 : definition.indexOf(stepId);
        if (stepId != null && step < 0) {
            throw new InvalidRequestException("workflow " + run.workflow() + " has no step '" + stepId + "'");
        }
        List<Target> targets = plans.find(run.planId()).orElseThrow().targets();
        Map<Integer, Map<String, String>> merged = new java.util.TreeMap<>();
        for (int offset = 0; ; offset += PAGE) {
            List<ResultRow> page = results.current(id, step, offset, PAGE);
            page.forEach(r -> merged.computeIfAbsent(r.targetSeq(), k -> new LinkedHashMap<>()).putAll(r.facts()));
            if (page.size() < PAGE) {
                break;
            }
        }
        Map<String, TargetFacts> facts = new LinkedHashMap<>();
        merged.forEach((seq, values) -> facts.put(targets.get(seq).targetId(),
                new TargetFacts(targets.get(seq).name(), values)));
        return facts;
    }
}
