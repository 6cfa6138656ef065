package io.pcmops.model;

import io.pcmops.InvalidRequestException;

/**
 * One machine listed on a change ticket.
 *
 * @param targetId instance id
 * @param account  account id, may be empty
 * @param region   region, may be empty
 * @param platform platform, may be empty
 * @param name     name, may be empty
 */
public record ChangeTarget(String targetId, String account, String region, String platform, String name) {

    public ChangeTarget {
        if (targetId == null || targetId.isBlank()) {
            throw new InvalidRequestException("a change target needs an instance id");
        }
        targetId = targetId.trim();
        account = account == null ? "" : account.trim();
        region = region == null ? "" : region.trim();
        platform = platform == null ? "" : platform.trim();
        name = name == null ? "" : name.trim();
    }

    /** Returns the target of a CSV row. */
    public static ChangeTarget of(CsvSelection.Row row) {
        return new ChangeTarget(row.targetId(), row.account(), row.region(), row.platform(), row.name());
    }
}
