package io.pcmops.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/**
 * The frozen identity of one target inside a plan or a run.
 *
 * @param provider  provider id, e.g. {@code aws}
 * @param partition partition, e.g. {@code aws-us-gov}
 * @param account   account id
 * @param region    region
 * @param targetId  provider's id of the machine, e.g. {@code i-0123456789abcdef0}
 * @param name      display name (e.g. the {@code Name} tag), may be empty
 * @param platform  operating-system family
 */
public record TargetRef(
        String provider, String partition, String account, String region, String targetId, String name,
        Platform platform) {

    public TargetRef {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(targetId, "targetId");
        partition = partition == null ? "" : partition;
        account = account == null ? "" : account;
        region = region == null ? "" : region;
        name = name == null ? "" : name;
        platform = platform == null ? Platform.UNKNOWN : platform;
    }

    /** Returns the name when there is one, else the target id. */
    @JsonIgnore
    public String label() {
        return name.isEmpty() ? targetId : name;
    }
}
