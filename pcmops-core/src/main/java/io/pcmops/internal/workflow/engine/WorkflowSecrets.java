package io.pcmops.internal.workflow.engine;

import io.pcmops.internal.vault.SecretCodec;
import io.pcmops.internal.vault.Vault;
import io.pcmops.internal.workflow.store.WorkflowRunRow;
import io.pcmops.spi.Secret;
import java.util.Map;

/**
 * Keeps a workflow run's secret parameter values sealed in the store (bound to the workflow run id), and opens them
 * only to put them in a step's run request, where they are normal secret run parameters again.
 */
public final class WorkflowSecrets {

    private final Vault vault;

    public WorkflowSecrets(Vault vault) {
        this.vault = vault;
    }

    /** Returns the values sealed for a workflow run, or {@code null} when there is none. */
    public byte[] seal(String workflowRunId, Secret secrets) {
        return secrets.isEmpty() ? null : vault.seal(id(workflowRunId), SecretCodec.encode(secrets));
    }

    /** Returns the secret values of a workflow run by name (none when it has none). */
    Map<String, String> open(WorkflowRunRow run) {
        if (run.sealedSecrets() == null) {
            return Map.of();
        }
        Secret secrets = SecretCodec.decode(vault.open(id(run.id()), run.sealedSecrets()));
        return secrets.reveal();
    }

    private static String id(String workflowRunId) {
        return "workflow-run:" + workflowRunId + ":secret-parameters";
    }
}
