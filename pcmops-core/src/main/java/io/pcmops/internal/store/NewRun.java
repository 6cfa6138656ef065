package io.pcmops.internal.store;

import io.pcmops.model.InvocationState;
import io.pcmops.model.RunOptions;
import io.pcmops.model.TargetRef;
import io.pcmops.spi.PreparedScript;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything stored when a run is created, in one transaction.
 *
 * @param id           run id
 * @param provider     provider id
 * @param planId       plan it runs on
 * @param retryOf      run it retries, or {@code null}
 * @param createdAt    creation time
 * @param requestedBy  who asked
 * @param changeTicket change ticket, or {@code null}
 * @param script       exact script and parameter values
 * @param scriptName   {@code name@version} of a saved script, or {@code null}
 * @param options      limits and timeouts
 * @param owner        engine that owns the run
 * @param leaseUntil   owner's lease
 * @param targets      frozen targets, in plan order
 * @param settled      targets decided before anything is sent (e.g. unreachable), by index in {@code targets}
 * @param sealedSecrets the script's secret parameter values sealed in the vault under {@link RunSecretIds#of}, or
 *                      {@code null} when it has none; the script's own secret values are never stored
 */
public record NewRun(String id, String provider, String planId, String retryOf, Instant createdAt, String requestedBy,
                     String changeTicket, PreparedScript script, String scriptName, RunOptions options, String owner,
                     Instant leaseUntil, List<TargetRef> targets, Map<Integer, Settled> settled,
                     byte[] sealedSecrets) {

    public NewRun {
        targets = List.copyOf(targets);
        settled = Map.copyOf(settled);
        if ((sealedSecrets == null) != script.secrets().isEmpty()) {
            throw new IllegalArgumentException("a run's secret parameters are stored sealed, and only then");
        }
    }

    /**
     * A final state decided at creation.
     *
     * @param state  final state
     * @param reason why
     */
    public record Settled(InvocationState state, String reason) {
    }
}
