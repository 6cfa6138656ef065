package io.pcmops.internal.vault;

import io.pcmops.internal.store.RunRecord;
import io.pcmops.internal.store.RunSecretIds;
import io.pcmops.spi.PreparedScript;

/**
 * Seals a run's secret parameter values for the store (together, bound to the run id) and opens them again for
 * the engine that sends the run (its {@code SqliteRunReader} opens them), and for a retry that seals them anew.
 */
public final class RunSecrets {

    private final Vault vault;

    public RunSecrets(Vault vault) {
        this.vault = vault;
    }

    /** Returns the script's secret values sealed for a run, or {@code null} when it has none. */
    public byte[] seal(String runId, PreparedScript script) {
        return script.secrets().isEmpty() ? null
                : vault.seal(RunSecretIds.of(runId), SecretCodec.encode(script.secrets()));
    }

    /** Returns the record with its script's secret values at hand (the record itself when it has none). */
    public RunRecord open(RunRecord record) {
        if (record.sealedSecrets() == null) {
            return record;
        }
        byte[] values = vault.open(RunSecretIds.of(record.run().id()), record.sealedSecrets());
        return record.withScript(record.script().withSecrets(SecretCodec.decode(values)));
    }
}
