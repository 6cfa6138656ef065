package io.pcmops.cli.options;

import java.time.Duration;
import picocli.CommandLine.Option;

/** How member accounts are reached: the role assumed into them, its external id and session length. */
public final class RoleOptions {

    @Option(names = "--role", paramLabel = "NAME", description = "Role assumed into member accounts.")
    private String role;

    @Option(names = "--external-id", paramLabel = "X", description = "External id for the role.")
    private String externalId;

    @Option(names = "--session-duration", paramLabel = "D", converter = DurationConverter.class,
            description = "Assumed-role session length, e.g. 1h.")
    private Duration sessionDuration;

    public String role() {
        return role;
    }

    public String externalId() {
        return externalId;
    }

    public Duration sessionDuration() {
        return sessionDuration;
    }
}
