package io.pcmops.internal.workflow.engine;

import io.pcmops.internal.workflow.facts.Grouping;
import io.pcmops.internal.workflow.store.ResultStore;
import io.pcmops.model.Gate;
import io.pcmops.model.GateGroup;
import io.pcmops.model.GateView;
import io.pcmops.model.Target;
import io.pcmops.model.WorkflowDefinition;
import io.pcmops.model.WorkflowStep;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups the targets waiting at a step's gate and tells whether every group has its answer. */
public final class GateKeeper {

    private final ResultStore results;

    public GateKeeper(ResultStore results) {
        this.results = results;
    }

    /**
     * The answer of each pending target ({@code null} values when the step has no gate or it is an approval), or
     * {@code null} when some group still waits for one.
     */
    Map<Integer, String> answers(String workflowRunId, WorkflowDefinition definition, int step, List<Integer> pending,
                                 List<Target> targets) {
        Gate gate = definition.steps().get(step).gate();
        Map<Integer, String> answers = new LinkedHashMap<>();
        if (gate == null) {
            pending.forEach(seq -> answers.put(seq, null));
            return answers;
        }
        Map<String, String[]> given = results.answers(workflowRunId, step);
        if (gate.approval()) {
            pending.forEach(seq -> answers.put(seq, null));
            return given.containsKey("") ? answers : null;
        }
        Map<Integer, Map<String, String>> facts = results.factsBefore(workflowRunId, step);
        for (Integer seq : pending) {
            String[] answer = given.get(Grouping.keyOf(gate, facts.getOrDefault(seq, Map.of())));
            if (answer == null) {
                return null;
            }
            answers.put(seq, answer[0]);
        }
        return answers;
    }

    /** The gate as a person sees it: groups of the pending targets, their choices and the answers so far. */
    public GateView view(String workflowRunId, WorkflowDefinition definition, int step, List<Integer> pending,
                         List<Target> targets) {
        WorkflowStep spec = definition.steps().get(step);
        Gate gate = spec.gate();
        Map<String, String[]> given = results.answers(workflowRunId, step);
        Map<Integer, Map<String, String>> facts = results.factsBefore(workflowRunId, step);
        Map<String, Map<String, String>> byTarget = new LinkedHashMap<>();
        pending.forEach(seq -> byTarget.put(targets.get(seq).targetId(), facts.getOrDefault(seq, Map.of())));
        List<GateGroup> groups = Grouping.of(gate, byTarget).stream().map(g -> {
            String[] answer = given.get(g.key());
            return new GateGroup(g.key(), g.targetIds(), g.choices(), answer == null ? null : answer[0],
                    answer == null ? null : answer[1]);
        }).toList();
        return new GateView(workflowRunId, spec.id(), gate.prompt(), gate.approval(), gate.parameter(), groups);
    }
}
