package io.pcmops.model;

import java.time.Instant;

/**
 * Result of validating a credential root against its partition.
 *
 * @param rootId    credential root id
 * @param state     the verdict
 * @param account   account the credentials belong to, or {@code null}
 * @param arn       caller ARN, or {@code null}
 * @param expiresAt when temporary credentials expire, or {@code null} when unknown or long-lived
 * @param maskedKey masked access key, or {@code null}
 * @param message   explanation, safe to show
 * @param checkedAt when the check ran
 */
public record CredentialStatus(String rootId, State state, String account, String arn, Instant expiresAt,
                               String maskedKey, String message, Instant checkedAt) {

    /** Verdicts of a credential check. */
    public enum State {
        /** Valid and not expiring within the warning window. */
        VALID,
        /** Valid but expiring soon (five minutes or less). */
        EXPIRING_SOON,
        /** Expired. */
        EXPIRED,
        /** Rejected or unusable. */
        INVALID
    }
}
