package io.pcmops.model;

import java.util.Map;

/**
 * Totals over every stored run, e.g. for metrics.
 *
 * @param runs        runs per status (every status present)
 * @param invocations invocations per state over all runs (every state present)
 */
public record RunStatistics(Map<RunStatus, Long> runs, Map<InvocationState, Long> invocations) {

    public RunStatistics {
        runs = Map.copyOf(runs);
        invocations = Map.copyOf(invocations);
    }
}
