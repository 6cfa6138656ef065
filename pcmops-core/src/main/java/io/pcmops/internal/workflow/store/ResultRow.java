package io.pcmops.internal.workflow.store;

import io.pcmops.model.InvocationState;
import io.pcmops.model.Verdict;
import java.util.List;
import java.util.Map;

/**
 * What one step did on one target (one attempt).
 *
 * @param step      step index
 * @param targetSeq the target's index in the workflow run's plan
 * @param attempt   attempt, from 1
 * @param targetId  target id
 * @param launchSeq launch that ran it, or {@code null}
 * @param runId     run that ran it, or {@code null}
 * @param state     invocation state, or {@code null}
 * @param exitCode  exit code, or {@code null}
 * @param verdict   verdict, or {@code null} while running
 * @param reasons   reasons
 * @param facts     facts
 * @param answer    gate answer, or {@code null}
 * @param nextStep  index of the next step, -1 to stop, {@code null} while running
 */
public record ResultRow(int step, int targetSeq, int attempt, String targetId, Integer launchSeq, String runId,
                        InvocationState state, Integer exitCode, Verdict verdict, List<String> reasons,
                        Map<String, String> facts, String answer, Integer nextStep) {

    public ResultRow {
        reasons = reasons == null ? List.of() : reasons;
        facts = facts == null ? Map.of() : facts;
    }

    /** A result decided without running (skipped at the gate, no script for the platform). */
    public static ResultRow decided(int step, int targetSeq, String targetId, Verdict verdict, String reason,
                                    String answer) {
        return new ResultRow(step, targetSeq, 0, targetId, null, null, null, null, verdict, List.of(reason),
                Map.of(), answer, -1);
    }
}
