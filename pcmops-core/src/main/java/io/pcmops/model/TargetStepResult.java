package io.pcmops.model;

import java.util.List;
import java.util.Map;

/**
 * What one step did on one target.
 *
 * @param stepId   step id
 * @param target   the target
 * @param attempt  1, then 2… when the step's failed targets were re-run
 * @param runId    the run that ran it, or {@code null} when it did not run (skipped, no script for its platform)
 * @param state    invocation state, or {@code null} while it runs or when it did not run
 * @param exitCode exit code, or {@code null}
 * @param verdict  verdict, or {@code null} while it runs
 * @param reasons  why the verdict is not PASS
 * @param facts    facts read from its output, sorted by name
 * @param answer   the gate's answer its script got, or {@code null}
 * @param next     id of the step it goes to, or {@code null} when it stops here
 */
public record TargetStepResult(String stepId, TargetRef target, int attempt, String runId, InvocationState state,
                               Integer exitCode, Verdict verdict, List<String> reasons, Map<String, String> facts,
                               String answer, String next) {

    public TargetStepResult {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        facts = facts == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(facts));
    }
}
