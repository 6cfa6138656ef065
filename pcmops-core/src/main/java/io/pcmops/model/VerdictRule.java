package io.pcmops.model;

import io.pcmops.InvalidRequestException;

/**
 * A rule of a step: when its condition holds for a target, the target gets {@code WARN} or {@code FAIL} with the
 * rule's reason. Reasons may name facts in braces ({@code "running {kernel}, expected {staged_kernel}"}).
 *
 * @param fail reason of a failure rule
 * @param warn reason of a warning rule
 * @param when condition over facts, exit code and state
 */
public record VerdictRule(String fail, String warn, Condition when) {

    public VerdictRule {
        if ((fail == null) == (warn == null)) {
            throw new InvalidRequestException("a rule has either 'fail' or 'warn' (its reason), not "
                    + (fail == null ? "neither" : "both"));
        }
        if (when == null) {
            throw new InvalidRequestException("a rule needs 'when', its condition");
        }
    }

    /** Returns the verdict this rule gives. */
    public Verdict verdict() {
        return fail != null ? Verdict.FAIL : Verdict.WARN;
    }

    /** Returns the reason template. */
    public String reason() {
        return fail != null ? fail : warn;
    }
}
