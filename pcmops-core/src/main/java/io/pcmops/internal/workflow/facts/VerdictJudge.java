package io.pcmops.internal.workflow.facts;

import io.pcmops.model.FlowRule;
import io.pcmops.model.InvocationState;
import io.pcmops.model.Verdict;
import io.pcmops.model.VerdictRule;
import io.pcmops.model.WorkflowDefinition;
import io.pcmops.model.WorkflowStep;
import java.util.ArrayList;
import java.util.List;

/** Gives a target its verdict at a step, and the step it goes to next. */
public final class VerdictJudge {

    private final WorkflowStep step;
    private final List<FlowRule> flow;

    public VerdictJudge(WorkflowDefinition definition, int stepIndex) {
        this.step = definition.steps().get(stepIndex);
        this.flow = definition.flowOf(stepIndex);
    }

    /**
     * Judges one target.
     *
     * @param subject its facts (earlier steps' merged with this step's), exit code and state
     * @param reason  the run's reason for a target that did not finish normally, or {@code null}
     */
    public Judgement judge(Subject subject, String reason) {
        List<String> reasons = new ArrayList<>();
        Verdict verdict = Verdict.PASS;
        InvocationState state = subject.state();
        if (state != InvocationState.SUCCESS && state != InvocationState.FAILED) {
            reasons.add("did not run: " + (state == null ? "no result" : state.name())
                    + (reason == null || reason.isBlank() ? "" : " (" + reason + ")"));
            return new Judgement(Verdict.FAIL, reasons, next(Verdict.FAIL, subject));
        }
        if (subject.exitCode() == null || !step.exitCodes().contains(subject.exitCode())) {
            reasons.add("exit code " + subject.exitCode());
            verdict = Verdict.FAIL;
        }
        for (VerdictRule rule : step.rules()) {
            if (Conditions.holds(rule.when(), subject)) {
                reasons.add(Templates.fill(rule.reason(), subject));
                verdict = worse(verdict, rule.verdict());
            }
        }
        return new Judgement(verdict, reasons, next(verdict, subject));
    }

    private String next(Verdict verdict, Subject subject) {
        for (FlowRule rule : flow) {
            if (rule.verdicts().contains(verdict) && (rule.when() == null || Conditions.holds(rule.when(), subject))) {
                return rule.to();
            }
        }
        return null;
    }

    private static Verdict worse(Verdict a, Verdict b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
