package io.pcmops.internal.workflow.facts;

import io.pcmops.model.Verdict;
import java.util.List;

/**
 * A step's conclusion about one target.
 *
 * @param verdict verdict
 * @param reasons why it is not PASS
 * @param next    the step it goes to, or {@code null}
 */
public record Judgement(Verdict verdict, List<String> reasons, String next) {

    public Judgement {
        reasons = List.copyOf(reasons);
    }
}
