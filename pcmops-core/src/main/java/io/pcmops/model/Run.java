package io.pcmops.model;

import java.time.Instant;
import java.util.Map;

/**
 * A run: one script on one frozen target list.
 *
 * @param id             run id
 * @param status         status
 * @param createdAt      when it was requested
 * @param startedAt      when the first target was sent, or {@code null}
 * @param endedAt        when it finished, or {@code null}
 * @param requestedBy    who asked
 * @param changeTicket   change ticket, or {@code null}
 * @param scriptHash     SHA-256 (hex) of the exact script text that ran
 * @param scriptLanguage language of that script
 * @param scriptName     saved script name and version ({@code name@3}), or {@code null} for an inline script
 * @param options        limits and timeouts
 * @param counts         targets per state (every state present)
 * @param targetCount    number of targets
 * @param planId         plan it ran on
 * @param retryOf        run this one retries, or {@code null}
 * @param provider       provider id of its targets
 */
public record Run(
        String id, RunStatus status, Instant createdAt, Instant startedAt, Instant endedAt, String requestedBy,
        String changeTicket, String scriptHash, ScriptLanguage scriptLanguage, String scriptName, RunOptions options,
        Map<InvocationState, Integer> counts, int targetCount, String planId, String retryOf, String provider) {

    public Run {
        counts = counts == null ? Map.of() : Map.copyOf(counts);
    }

    /** Returns the number of targets in the given state. */
    public int count(InvocationState state) {
        return counts.getOrDefault(state, 0);
    }

    /** Returns the number of targets in a final state. */
    public int finishedCount() {
        int finished = 0;
        for (Map.Entry<InvocationState, Integer> entry : counts.entrySet()) {
            finished += entry.getKey().terminal() ? entry.getValue() : 0;
        }
        return finished;
    }
}
