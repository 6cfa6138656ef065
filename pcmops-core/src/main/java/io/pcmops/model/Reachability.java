package io.pcmops.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Reachability of one target: status plus what the agent reported about itself.
 *
 * @param status          reachability status
 * @param agentVersion    agent version, or {@code null}
 * @param lastSeen        last time the agent answered, or {@code null}
 * @param platformName    operating system name reported by the agent (e.g. {@code Amazon Linux}), or {@code null}
 * @param platformVersion operating system version reported by the agent, or {@code null}
 */
public record Reachability(
        ReachabilityStatus status, String agentVersion, Instant lastSeen, String platformName, String platformVersion) {

    public Reachability {
        Objects.requireNonNull(status, "status");
    }

    /** Returns a reachability with only a status. */
    public static Reachability of(ReachabilityStatus status) {
        return new Reachability(status, null, null, null, null);
    }

    /** Returns the reachability of a target the provider could not check. */
    public static Reachability unknown() {
        return of(ReachabilityStatus.UNKNOWN);
    }
}
