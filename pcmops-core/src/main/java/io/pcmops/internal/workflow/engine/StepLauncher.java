package io.pcmops.internal.workflow.engine;

import io.pcmops.internal.service.BlastRadiusCounter;
import io.pcmops.internal.store.PlanStore;
import io.pcmops.internal.util.Ids;
import io.pcmops.internal.workflow.store.LaunchRow;
import io.pcmops.internal.workflow.store.ResultRow;
import io.pcmops.internal.workflow.store.ResultStore;
import io.pcmops.internal.workflow.store.WorkflowRunRow;
import io.pcmops.model.Plan;
import io.pcmops.model.Platform;
import io.pcmops.model.RunOptions;
import io.pcmops.model.RunRequest;
import io.pcmops.model.ScriptChoice;
import io.pcmops.model.Selector;
import io.pcmops.model.Target;
import io.pcmops.model.Verdict;
import io.pcmops.model.WorkflowDefinition;
import io.pcmops.model.WorkflowStep;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Starts a step on the targets that reached it: one launch per platform and gate answer, each stored with a plan of
 * exactly its targets before its run is started, so a process that stops in between can find the run (by plan) or
 * start it, never both.
 */
final class StepLauncher {

    private final ResultStore results;
    private final PlanStore plans;
    private final LibraryAccess library;
    private final WorkflowSecrets secrets;
    private final Clock clock;

    StepLauncher(ResultStore results, PlanStore plans, LibraryAccess library, WorkflowSecrets secrets, Clock clock) {
        this.results = results;
        this.plans = plans;
        this.library = library;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** Stores the launches of a step (or decided results for targets it cannot run on); starts nothing. */
    void prepare(WorkflowRunRow run, WorkflowDefinition definition, int step, Map<Integer, String> answers,
                 List<Target> targets) {
        WorkflowStep spec = definition.steps().get(step);
        Map<List<Object>, Map<Integer, String>> partitions = new LinkedHashMap<>();
        List<ResultRow> unrunnable = new ArrayList<>();
        answers.forEach((seq, answer) -> {
            Target target = targets.get(seq);
            if (!spec.scripts().containsKey(target.platform())) {
                unrunnable.add(ResultRow.decided(step, seq, target.targetId(), Verdict.FAIL, "step " + spec.id()
                        + " has no script for " + target.platform().id(), answer));
            } else {
                partitions.computeIfAbsent(java.util.Arrays.asList(target.platform(), answer),
                        k -> new TreeMap<>()).put(seq, target.targetId());
            }
        });
        if (!unrunnable.isEmpty()) {
            results.insertDecided(run.id(), unrunnable);
        }
        partitions.forEach((key, members) -> {
            Plan plan = subsetPlan(run, members.keySet().stream().map(targets::get).toList());
            results.insertLaunch(run.id(), new LaunchRow(0, step, (Platform) key.get(0), (String) key.get(1),
                    plan.id(), null, LaunchRow.LAUNCHING), members);
        });
    }

    /** Starts the run of a stored launch, or finds the one started before an interruption; returns its id. */
    String start(WorkflowRunRow run, WorkflowDefinition definition, LaunchRow launch) {
        String runId = results.runOfPlan(launch.planId()).orElseGet(() -> library.runs(run.requestedBy())
                .start(request(run, definition, launch)).join().id());
        results.setRun(run.id(), launch.seq(), runId);
        return runId;
    }

    private RunRequest request(WorkflowRunRow run, WorkflowDefinition definition, LaunchRow launch) {
        WorkflowStep step = definition.steps().get(launch.step());
        ScriptChoice script = StepScripts.save(library.scripts(run.requestedBy()), definition, launch.step(),
                launch.platform());
        Map<String, String> parameters = new TreeMap<>(run.parameters());
        parameters.putAll(secrets.open(run));
        parameters.put(StepScripts.WORKFLOW_RUN, run.id());
        parameters.put(StepScripts.CHANGE, Objects.requireNonNullElse(run.changeTicket(), run.id()));
        if (launch.answer() != null && step.gate() != null && step.gate().parameter() != null) {
            parameters.put(step.gate().parameter(), launch.answer());
        }
        RunOptions options = step.timeout() == null ? run.options()
                : run.options().withExecutionTimeout(step.timeout());
        return RunRequest.onPlan(launch.planId(), script).withParameters(parameters).withOptions(options)
                .withChangeTicket(run.changeTicket()).withRequestedBy(run.requestedBy());
    }

    private Plan subsetPlan(WorkflowRunRow run, List<Target> members) {
        Selector selector = Selector.builder().provider(run.provider())
                .ids(members.stream().map(Target::targetId).toList()).build();
        Plan plan = new Plan(Ids.next("p", clock), clock.instant(), run.requestedBy(), selector, members,
                BlastRadiusCounter.count(members), List.of(), List.of());
        plans.insert(plan, run.provider());
        return plan;
    }
}
