package io.pcmops.internal.workflow;

import io.pcmops.InvalidRequestException;
import io.pcmops.internal.audit.AuditLog;
import io.pcmops.internal.store.PlanStore;
import io.pcmops.internal.workflow.engine.Definitions;
import io.pcmops.internal.workflow.engine.WorkflowEngine;
import io.pcmops.internal.workflow.store.ResultStore;
import io.pcmops.internal.workflow.store.WorkflowRunRow;
import io.pcmops.internal.workflow.store.WorkflowRunStore;
import io.pcmops.model.AuditEntry;
import io.pcmops.model.Gate;
import io.pcmops.model.GateAnswer;
import io.pcmops.model.GateGroup;
import io.pcmops.model.GateView;
import io.pcmops.model.WorkflowDefinition;
import io.pcmops.model.WorkflowRunStatus;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Shows the gate a workflow run waits at and takes a person's answers. */
final class GateAnswers {

    private final WorkflowRunStore runs;
    private final ResultStore results;
    private final PlanStore plans;
    private final WorkflowEngine engine;
    private final AuditLog audit;
    private final Clock clock;

    GateAnswers(WorkflowRunStore runs, ResultStore results, PlanStore plans, WorkflowEngine engine, AuditLog audit,
                Clock clock) {
        this.runs = runs;
        this.results = results;
        this.plans = plans;
        this.engine = engine;
        this.audit = audit;
        this.clock = clock;
    }

    Optional<GateView> view(WorkflowRunRow run) {
        if (run.status() != WorkflowRunStatus.WAITING) {
            return Optional.empty();
        }
        WorkflowDefinition definition = Definitions.of(run.source());
        return Optional.of(engine.gates().view(run.id(), definition, run.currentStep(),
                results.pending(run.id(), run.currentStep(), run.targetCount()),
                plans.find(run.planId()).orElseThrow().targets()));
    }

    void answer(WorkflowRunRow run, GateAnswer answer, String actor) {
        GateView gate = view(run).orElseThrow(() -> new InvalidRequestException("workflow run " + run.id()
                + " is not waiting at a gate (it is " + run.status().name().toLowerCase(java.util.Locale.ROOT) + ")"));
        boolean restricted = Definitions.of(run.source()).steps().get(run.currentStep()).gate().choices() != null;
        Map<String, String> values = gate.approval() ? approval(gate, answer) : choices(gate, answer, restricted);
        results.saveAnswers(run.id(), run.currentStep(), values, actor, clock.instant());
        audit.append(new AuditEntry(actor, "workflow.answer", run.id(), "", null, "step " + gate.stepId(),
                gate.approval() ? Map.of("approved", "true") : new TreeMap<>(values)));
        if (runs.reopen(run.id(), run.currentStep(), engine.engineId(), engine.leaseUntil())) {
            engine.drive(run.id());
        }
    }

    private static Map<String, String> approval(GateView gate, GateAnswer answer) {
        if (!answer.approve()) {
            throw new InvalidRequestException("the gate of step " + gate.stepId() + " asks for an approval");
        }
        return Map.of("", "approved");
    }

    private static Map<String, String> choices(GateView gate, GateAnswer answer, boolean restricted) {
        if (answer.approve()) {
            throw new InvalidRequestException("the gate of step " + gate.stepId() + " asks for a value per group");
        }
        Map<String, GateGroup> groups = new TreeMap<>();
        gate.groups().forEach(g -> groups.put(g.key(), g));
        answer.groups().forEach((key, value) -> {
            GateGroup group = groups.get(key);
            if (group == null) {
                throw new InvalidRequestException("no group '" + key + "' at the gate of step " + gate.stepId()
                        + "; groups: " + String.join(", ", groups.keySet()));
            }
            if (!value.equals(Gate.SKIP) && restricted && !group.choices().contains(value)) {
                throw new InvalidRequestException("'" + value + "' is not a choice of group '" + key + "'; choose "
                        + (group.choices().isEmpty() ? "" : String.join(", ", group.choices()) + " or ") + Gate.SKIP);
            }
            if (value.indexOf('\0') >= 0 || value.length() > 1000) {
                throw new InvalidRequestException("the answer of group '" + key + "' is not acceptable text");
            }
        });
        return answer.groups();
    }
}
