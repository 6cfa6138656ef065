package io.pcmops.model;

import java.util.List;
import java.util.Map;

/**
 * How far one step of a workflow run got.
 *
 * @param stepId   step id
 * @param title    step title
 * @param runIds   the runs that ran it (one per platform and gate answer, plus re-runs), oldest first
 * @param targets  targets with a current result at this step (running ones included)
 * @param running  targets whose run has not finished
 * @param verdicts targets per verdict
 */
public record StepProgress(String stepId, String title, List<String> runIds, int targets, int running,
                           Map<Verdict, Integer> verdicts) {

    public StepProgress {
        runIds = List.copyOf(runIds);
        verdicts = Map.copyOf(verdicts);
    }

    /** Returns the number of targets with the given verdict. */
    public int count(Verdict verdict) {
        return verdicts.getOrDefault(verdict, 0);
    }
}
