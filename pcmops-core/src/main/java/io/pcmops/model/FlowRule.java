package io.pcmops.model;

import io.pcmops.InvalidRequestException;
import java.util.List;

/**
 * Where a target goes after a step: the first rule whose verdicts include the target's verdict and whose condition
 * (if any) holds sends it to step {@code to}; when no rule matches, the target stops.
 *
 * @param to       id of a later step
 * @param verdicts verdicts that go on (default {@code PASS} and {@code WARN})
 * @param when     an extra condition over facts, or {@code null}
 */
public record FlowRule(String to, List<Verdict> verdicts, Condition when) {

    public FlowRule {
        if (to == null || to.isBlank()) {
            throw new InvalidRequestException("a flow rule needs 'to', the id of a later step");
        }
        verdicts = verdicts == null || verdicts.isEmpty() ? List.of(Verdict.PASS, Verdict.WARN) : List.copyOf(verdicts);
    }
}
