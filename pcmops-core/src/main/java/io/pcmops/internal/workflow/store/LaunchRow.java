package io.pcmops.internal.workflow.store;

import io.pcmops.model.Platform;

/**
 * One normal run of a step: stored {@code LAUNCHING} with its plan before the run is started, {@code RUNNING} once
 * its run id is known, {@code SETTLED} once its results were judged.
 *
 * @param seq      number within the workflow run
 * @param step     step index
 * @param platform platform of its targets
 * @param answer   the gate answer its script gets, or {@code null}
 * @param planId   the plan holding exactly its targets
 * @param runId    its run, or {@code null} while launching
 * @param state    LAUNCHING, RUNNING or SETTLED
 */
public record LaunchRow(int seq, int step, Platform platform, String answer, String planId, String runId,
                        String state) {

    public static final String LAUNCHING = "LAUNCHING";
    public static final String RUNNING = "RUNNING";
    public static final String SETTLED = "SETTLED";
}
