package io.pcmops.internal.workflow.store;

import io.pcmops.model.RunOptions;
import io.pcmops.model.WorkflowRunStatus;
import java.time.Instant;
import java.util.Map;

/**
 * A stored workflow run, with what only its driver needs.
 *
 * @param id              workflow run id
 * @param workflow        workflow name
 * @param version         workflow version
 * @param source          YAML source of that version
 * @param status          status
 * @param currentStep     index of the step running or waiting
 * @param message         failure or waiting message
 * @param planId          plan of its targets
 * @param provider        provider of its targets
 * @param changeTicket    change ticket, or {@code null}
 * @param parameters      values of the ordinary parameters
 * @param sealedSecrets   values of the secret parameters, sealed in the vault, or {@code null}
 * @param options         options of every step's runs
 * @param targetCount     number of targets
 * @param requestedBy     who started it
 * @param createdAt       when it started
 * @param endedAt         when it ended
 * @param owner           driving engine, or {@code null}
 * @param leaseExpiresAt  owner's lease
 * @param cancelRequested whether a cancel was asked for
 * @param eventSequence   number of stored changes
 */
public record WorkflowRunRow(String id, String workflow, int version, String source, WorkflowRunStatus status,
                             int currentStep, String message, String planId, String provider, String changeTicket,
                             Map<String, String> parameters, byte[] sealedSecrets, RunOptions options, int targetCount, String requestedBy,
                             Instant createdAt, Instant endedAt, String owner, Instant leaseExpiresAt,
                             boolean cancelRequested, long eventSequence) {
}
