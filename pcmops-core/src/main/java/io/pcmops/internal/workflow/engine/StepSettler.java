package io.pcmops.internal.workflow.engine;

import io.pcmops.internal.store.RunReader;
import io.pcmops.internal.workflow.facts.FactExtractor;
import io.pcmops.internal.workflow.facts.Judgement;
import io.pcmops.internal.workflow.facts.Subject;
import io.pcmops.internal.workflow.facts.VerdictJudge;
import io.pcmops.internal.workflow.store.LaunchRow;
import io.pcmops.internal.workflow.store.ResultRow;
import io.pcmops.internal.workflow.store.ResultStore;
import io.pcmops.model.Invocation;
import io.pcmops.model.WorkflowDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a finished launch's outputs into facts, judges each target and stores the results, once. */
final class StepSettler {

    private final ResultStore results;
    private final RunReader runs;

    StepSettler(ResultStore results, RunReader runs) {
        this.results = results;
        this.runs = runs;
    }

    /** Settles a launch whose run has finished; false when it had been settled already. */
    boolean settle(String workflowRunId, WorkflowDefinition definition, LaunchRow launch) {
        Map<String, Invocation> invocations = new HashMap<>();
        runs.forEachInvocation(launch.runId(), i -> invocations.put(i.target().targetId(), i));
        Map<Integer, Map<String, String>> earlier = results.factsBefore(workflowRunId, launch.step());
        FactExtractor extractor = new FactExtractor(definition.steps().get(launch.step()).reader());
        VerdictJudge judge = new VerdictJudge(definition, launch.step());
        List<ResultRow> outcomes = new ArrayList<>();
        for (ResultRow pending : results.ofLaunch(workflowRunId, launch.seq())) {
            Invocation invocation = invocations.get(pending.targetId());
            Map<String, String> facts = invocation == null ? Map.of() : extractor.read(invocation.stdout());
            Map<String, String> merged = new LinkedHashMap<>(earlier.getOrDefault(pending.targetSeq(), Map.of()));
            merged.putAll(facts);
            Subject subject = new Subject(merged, invocation == null ? null : invocation.exitCode(),
                    invocation == null ? null : invocation.state());
            Judgement judgement = judge.judge(subject, invocation == null ? "not in the run" : invocation.reason());
            int next = judgement.next() == null ? -1 : definition.indexOf(judgement.next());
            outcomes.add(new ResultRow(launch.step(), pending.targetSeq(), pending.attempt(), pending.targetId(),
                    launch.seq(), launch.runId(), subject.state(), subject.exitCode(), judgement.verdict(),
                    judgement.reasons(), facts, pending.answer(), next));
        }
        return results.settle(workflowRunId, launch.seq(), outcomes);
    }
}
