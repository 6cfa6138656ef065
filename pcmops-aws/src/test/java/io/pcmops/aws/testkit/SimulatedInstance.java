package io.pcmops.aws.testkit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One simulated EC2 instance as SSM sees it: where it lives (account, region), its platform, whether its agent is
 * registered ({@code managed}) and reachable ({@code pingStatus}), its EC2 state and how it runs scripts.
 *
 * @param instanceId {@code i-} followed by 8 or 17 word characters
 * @param account 12-digit account id
 * @param region region name, e.g. {@code us-east-1}
 * @param platform {@link Platform#LINUX} (AWS-RunShellScript) or {@link Platform#WINDOWS} (AWS-RunPowerShellScript)
 * @param pingStatus agent connectivity; {@code CONNECTION_LOST} makes invocations end {@code Failed/Undeliverable}
 * @param state EC2 state; {@code STOPPED} makes invocations {@code Delayed} until they expire, {@code TERMINATED} is
 *     rejected like an unmanaged instance
 * @param managed whether the SSM agent is registered; unmanaged instances are rejected with {@code InvalidInstanceId}
 * @param behaviour how scripts run on it; {@link Behaviour#realShell()} by default
 * @param computerName host name reported by DescribeInstanceInformation
 * @param ipAddress address reported by DescribeInstanceInformation
 */
public record SimulatedInstance(String instanceId, String account, String region, Platform platform,
        PingStatus pingStatus, State state, boolean managed, Behaviour behaviour, String computerName,
        String ipAddress) {

    private static final Pattern ID = Pattern.compile("^i-(\\w{8}|\\w{17})$|^mi-\\w{17}$");

    /** Operating system family, as SSM's {@code PlatformType}. */
    public enum Platform {
        LINUX("Linux"), WINDOWS("Windows");

        private final String wireName;

        Platform(String wireName) {
            this.wireName = wireName;
        }

        /** The SSM API spelling, e.g. {@code Linux}. */
        public String wireName() {
            return wireName;
        }
    }

    /** Agent connectivity, as SSM's {@code PingStatus}. */
    public enum PingStatus {
        ONLINE("Online"), CONNECTION_LOST("ConnectionLost");

        private final String wireName;

        PingStatus(String wireName) {
            this.wireName = wireName;
        }

        /** The SSM API spelling, e.g. {@code ConnectionLost}. */
        public String wireName() {
            return wireName;
        }
    }

    /** EC2 instance state. */
    public enum State { RUNNING, STOPPED, TERMINATED }

    /** Validates the components. */
    public SimulatedInstance {
        Objects.requireNonNull(instanceId, "instanceId");
        if (!ID.matcher(instanceId).matches()) {
            throw new IllegalArgumentException("not an SSM instance id: " + instanceId);
        }
        if (account == null || !account.matches("\\d{12}")) {
            throw new IllegalArgumentException("account must be 12 digits: " + account);
        }
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(pingStatus, "pingStatus");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(behaviour, "behaviour");
    }

    /** A builder with defaults: Linux, online, running, managed, real shell, region {@code us-east-1}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this instance's values, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder().instanceId(instanceId).account(account).region(region).platform(platform)
                .pingStatus(pingStatus).state(state).managed(managed).behaviour(behaviour)
                .computerName(computerName).ipAddress(ipAddress);
    }

    /** Builds {@link SimulatedInstance}s. */
    public static final class Builder {
        private String instanceId;
        private String account = "123456789012";
        private String region = "us-east-1";
        private Platform platform = Platform.LINUX;
        private PingStatus pingStatus = PingStatus.ONLINE;
        private State state = State.RUNNING;
        private boolean managed = true;
        private Behaviour behaviour = Behaviour.realShell();
        private String computerName;
        private String ipAddress = "10.0.0.1";

        private Builder() {
        }

        public Builder instanceId(String value) { this.instanceId = value; return this; }

        public Builder account(String value) { this.account = value; return this; }

        public Builder region(String value) { this.region = value; return this; }

        public Builder platform(Platform value) { this.platform = value; return this; }

        public Builder pingStatus(PingStatus value) { this.pingStatus = value; return this; }

        public Builder state(State value) { this.state = value; return this; }

        public Builder managed(boolean value) { this.managed = value; return this; }

        public Builder behaviour(Behaviour value) { this.behaviour = value; return this; }

        public Builder computerName(String value) { this.computerName = value; return this; }

        public Builder ipAddress(String value) { this.ipAddress = value; return this; }

        /** Builds the instance; the computer name defaults to {@code ip-10-0-0-1.<region>.compute.internal}. */
        public SimulatedInstance build() {
            String host = computerName != null ? computerName
                    : "ip-" + ipAddress.replace('.', '-') + "." + region + ".compute.internal";
            return new SimulatedInstance(instanceId, account, region, platform, pingStatus, state, managed,
                    behaviour, host, ipAddress);
        }
    }
}
