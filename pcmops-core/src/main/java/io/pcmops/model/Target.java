package io.pcmops.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One machine a script can run on, as the provider's inventory describes it.
 *
 * <p>Fields a provider does not know are {@code null} (strings) or empty (tags).
 *
 * @param provider         provider id
 * @param partition        partition ({@code aws}, {@code aws-us-gov}, {@code aws-cn}, {@code local}…)
 * @param account          account id
 * @param region           region
 * @param targetId         provider's id of the machine
 * @param name             display name, may be empty
 * @param platform         operating-system family
 * @param state            power state
 * @param tags             tags, sorted by key
 * @param reachability     whether its agent can take a command
 * @param instanceType     machine type, e.g. {@code t3.micro}
 * @param privateIp        private address
 * @param publicIp         public address
 * @param launchTime       launch time
 * @param availabilityZone availability zone
 * @param vpcId            network id
 */
public record Target(
        String provider, String partition, String account, String region, String targetId, String name,
        Platform platform, TargetState state, Map<String, String> tags, Reachability reachability,
        String instanceType, String privateIp, String publicIp, Instant launchTime, String availabilityZone,
        String vpcId) {

    public Target {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(targetId, "targetId");
        partition = partition == null ? "" : partition;
        account = account == null ? "" : account;
        region = region == null ? "" : region;
        name = name == null ? "" : name;
        platform = platform == null ? Platform.UNKNOWN : platform;
        state = state == null ? TargetState.UNRECOGNIZED : state;
        tags = tags == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(tags));
        reachability = reachability == null ? Reachability.unknown() : reachability;
    }

    /** Returns the frozen identity used by plans and runs. */
    public TargetRef ref() {
        return new TargetRef(provider, partition, account, region, targetId, name, platform);
    }

    /** Returns a copy with another reachability. */
    public Target withReachability(Reachability newReachability) {
        return new Target(provider, partition, account, region, targetId, name, platform, state, tags,
                newReachability, instanceType, privateIp, publicIp, launchTime, availabilityZone, vpcId);
    }

    /** Returns a builder for a target of the given provider and id. */
    public static Builder builder(String provider, String targetId) {
        return new Builder(provider, targetId);
    }

    /** Returns the name when there is one, else the target id. */
    @JsonIgnore
    public String label() {
        return name.isEmpty() ? targetId : name;
    }

    /** Builds a {@link Target}; only provider and id are required. */
    public static final class Builder {
        private final String provider;
        private final String targetId;
        private String partition;
        private String account;
        private String region;
        private String name;
        private Platform platform;
        private TargetState state;
        private Map<String, String> tags;
        private Reachability reachability;
        private String instanceType;
        private String privateIp;
        private String publicIp;
        private Instant launchTime;
        private String availabilityZone;
        private String vpcId;

        private Builder(String provider, String targetId) {
            this.provider = provider;
            this.targetId = targetId;
        }

        public Builder partition(String value) { this.partition = value; return this; }
        public Builder account(String value) { this.account = value; return this; }
        public Builder region(String value) { this.region = value; return this; }
        public Builder name(String value) { this.name = value; return this; }
        public Builder platform(Platform value) { this.platform = value; return this; }
        public Builder state(TargetState value) { this.state = value; return this; }
        public Builder tags(Map<String, String> value) { this.tags = value; return this; }
        public Builder reachability(Reachability value) { this.reachability = value; return this; }
        public Builder instanceType(String value) { this.instanceType = value; return this; }
        public Builder privateIp(String value) { this.privateIp = value; return this; }
        public Builder publicIp(String value) { this.publicIp = value; return this; }
        public Builder launchTime(Instant value) { this.launchTime = value; return this; }
        public Builder availabilityZone(String value) { this.availabilityZone = value; return this; }
        public Builder vpcId(String value) { this.vpcId = value; return this; }

        public Target build() {
            return new Target(provider, partition, account, region, targetId, name, platform, state, tags,
                    reachability, instanceType, privateIp, publicIp, launchTime, availabilityZone, vpcId);
        }
    }
}
