package io.pcmops.model;

import io.pcmops.InvalidRequestException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A cloud account PCM-Ops can reach, entered by hand or discovered (e.g. through AWS Organizations).
 *
 * @param provider          provider id
 * @param partition         partition
 * @param accountId         account id
 * @param name              display name, may be empty
 * @param email             account e-mail, or {@code null}
 * @param status            status reported by the organization ({@code ACTIVE}, {@code SUSPENDED}…), or {@code null}
 * @param organizationPath  organizational units from the root down to the account's parent; empty when unknown
 * @param credentialRootId  credential root used to reach it
 * @param roleName          role assumed into it, or {@code null} for the provider default
 * @param externalId        external id for the role, or {@code null}
 * @param sessionDuration   assumed-role session length, or {@code null} for the default
 * @param source            {@code manual} or {@code discovered}
 * @param updatedAt         last change
 */
public record Account(
        String provider, String partition, String accountId, String name, String email, String status,
        List<OrganizationalUnit> organizationPath, String credentialRootId, String roleName, String externalId,
        Duration sessionDuration, String source, Instant updatedAt) {

    public Account {
        Objects.requireNonNull(provider, "provider");
        if (accountId == null || accountId.isBlank()) {
            throw new InvalidRequestException("an account needs an account id");
        }
        partition = partition == null ? "" : partition;
        name = name == null ? "" : name;
        organizationPath = organizationPath == null ? List.of() : List.copyOf(organizationPath);
        source = source == null ? "manual" : source;
    }

    /** Returns whether the account lies under the organizational unit with this id or name. */
    public boolean isUnder(String unitIdOrName) {
        return organizationPath.stream()
                .anyMatch(unit -> unit.id().equals(unitIdOrName) || unit.name().equalsIgnoreCase(unitIdOrName));
    }

    /** Returns a copy bound to the given credential root. */
    public Account withCredentialRoot(String rootId) {
        return new Account(provider, partition, accountId, name, email, status, organizationPath, rootId, roleName,
                externalId, sessionDuration, source, updatedAt);
    }
}
