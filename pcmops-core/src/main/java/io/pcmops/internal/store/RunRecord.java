package io.pcmops.internal.store;

import io.pcmops.model.Run;
import io.pcmops.spi.PreparedScript;
import java.time.Instant;

/**
 * A run with what only the engine needs.
 *
 * @param run             the public view
 * @param script          exact script and parameter values; its secret parameters are withheld (names only)
 * @param owner           owning engine, or {@code null}
 * @param leaseExpiresAt  owner's lease, or {@code null}
 * @param cancelRequested whether a cancel was asked for
 * @param eventSequence   number of stored change batches
 * @param sealedSecrets   the secret parameter values as sealed in the vault, or {@code null} when there are none
 */
public record RunRecord(Run run, PreparedScript script, String owner, Instant leaseExpiresAt, boolean cancelRequested,
                        long eventSequence, byte[] sealedSecrets) {

    /** Returns this record with the script's secret parameter values at hand. */
    public RunRecord withScript(PreparedScript opened) {
        return new RunRecord(run, opened, owner, leaseExpiresAt, cancelRequested, eventSequence, sealedSecrets);
    }
}
