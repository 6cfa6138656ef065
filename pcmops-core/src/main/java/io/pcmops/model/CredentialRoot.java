package io.pcmops.model;

import io.pcmops.InvalidRequestException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Credentials that reach one partition directly, and from which member accounts are reached by assuming a role.
 * The secret itself (for {@code vault} sources) never appears here: only a masked key.
 *
 * @param id              root id, e.g. {@code gov-main}
 * @param provider        provider id
 * @param partition       partition it belongs to; roles are never assumed across partitions
 * @param source          where the credentials come from
 * @param roleName        role assumed into member accounts, or {@code null} for the provider default
 * @param externalId      external id passed when assuming the role, or {@code null}
 * @param sessionDuration assumed-role session length, or {@code null} for the default
 * @param maskedKey       masked access key (first 4 … last 4) for vault sources, else {@code null}
 * @param createdAt       when it was added
 * @param createdBy       who added it
 */
public record CredentialRoot(
        String id, String provider, String partition, CredentialSource source, String roleName, String externalId,
        Duration sessionDuration, String maskedKey, Instant createdAt, String createdBy) {

    public CredentialRoot {
        if (id == null || !id.matches("[a-z0-9][a-z0-9._-]{0,62}")) {
            throw new InvalidRequestException("credential root id '" + id
                    + "' must be 1-63 lower-case letters, digits, '.', '_' or '-'");
        }
        Objects.requireNonNull(provider, "provider");
        if (partition == null || partition.isBlank()) {
            throw new InvalidRequestException("credential root '" + id + "' needs a partition");
        }
        Objects.requireNonNull(source, "source");
    }
}
