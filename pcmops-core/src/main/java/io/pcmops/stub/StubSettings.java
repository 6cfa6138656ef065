package io.pcmops.stub;

import io.pcmops.spi.SettingSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How a stub provider behaves.
 *
 * @param fleet       the targets
 * @param scenario    what each target does
 * @param journal     file recording sent units, or {@code null}
 * @param maxUnitSize largest unit
 */
public record StubSettings(StubFleet fleet, StubScenario scenario, Path journal, int maxUnitSize) {

    /** The settings a stub found by {@link java.util.ServiceLoader} reads. */
    static final List<SettingSpec> DECLARED = List.of(
            SettingSpec.integer("targets", 10L, 0, 1_000_000, "how many targets the fleet has"),
            SettingSpec.integer("accounts", 2L, 1, 10_000, "how many accounts the targets are spread over"),
            SettingSpec.text("regions", "us-east-1,eu-west-1", "[a-z0-9-]+(,[a-z0-9-]+)*",
                    "comma-separated regions the targets are spread over"),
            SettingSpec.integer("latencyMs", 0L, 0, 600_000, "how long each target takes, in milliseconds"),
            SettingSpec.integer("failEvery", 0L, 0, 1_000_000, "every n-th target fails (0: none)"),
            SettingSpec.integer("windowsEvery", 0L, 0, 1_000_000, "every n-th target is a Windows machine"),
            SettingSpec.integer("offlineEvery", 0L, 0, 1_000_000, "every n-th target's agent is offline"),
            SettingSpec.integer("maxUnitSize", 50L, 1, 10_000, "most targets one unit may hold"),
            SettingSpec.text("journal", null, null, "a file recording sent units, so a restarted stub resumes them"));

    /** Returns a builder with 10 targets in 2 accounts and 2 regions that all succeed at once. */
    public static Builder builder() {
        return new Builder();
    }

    static StubSettings fromMap(Map<String, String> values) {
        Builder builder = builder().targets(number(values, "targets", 10)).accounts(number(values, "accounts", 2))
                .latency(Duration.ofMillis(number(values, "latencyMs", 0))).failEvery(number(values, "failEvery", 0))
                .windowsEvery(number(values, "windowsEvery", 0)).offlineEvery(number(values, "offlineEvery", 0))
                .maxUnitSize(number(values, "maxUnitSize", 50));
        if (values.containsKey("regions")) {
            builder.regions(values.get("regions").split(","));
        }
        if (values.containsKey("journal")) {
            builder.journal(Path.of(values.get("journal")));
        }
        return builder.settings();
    }

    private static int number(Map<String, String> values, String key, int fallback) {
        String value = values.get(key);
        return value == null ? fallback : Integer.parseInt(value.trim());
    }

    /** Builds a {@link StubProvider}. */
    public static final class Builder {
        private int targets = 10;
        private int accounts = 2;
        private List<String> regions = List.of("us-east-1", "eu-west-1");
        private String partition = "stub";
        private int windowsEvery;
        private int offlineEvery;
        private int failEvery;
        private Duration latency = Duration.ZERO;
        private StubScenario scenario;
        private Path journal;
        private int maxUnitSize = 50;

        private Builder() {
        }

        public Builder targets(int value) { this.targets = value; return this; }
        public Builder accounts(int value) { this.accounts = value; return this; }
        public Builder regions(String... value) { this.regions = Arrays.stream(value).map(String::trim).toList(); return this; }
        public Builder partition(String value) { this.partition = value; return this; }
        public Builder windowsEvery(int value) { this.windowsEvery = value; return this; }
        public Builder offlineEvery(int value) { this.offlineEvery = value; return this; }
        /** Every n-th target exits 1 (0: none); ignored when a scenario is set. */
        public Builder failEvery(int value) { this.failEvery = value; return this; }
        /** How long each target takes; ignored when a scenario is set. */
        public Builder latency(Duration value) { this.latency = value; return this; }
        /** Sets what each target does, replacing {@code failEvery} and {@code latency}. */
        public Builder scenario(StubScenario value) { this.scenario = value; return this; }
        public Builder journal(Path value) { this.journal = value; return this; }
        public Builder maxUnitSize(int value) { this.maxUnitSize = value; return this; }

        StubSettings settings() {
            StubFleet fleet = new StubFleet(targets, accounts, regions, partition, windowsEvery, offlineEvery);
            return new StubSettings(fleet, scenario != null ? scenario : defaultScenario(), journal, maxUnitSize);
        }

        public StubProvider build() {
            return new StubProvider(settings());
        }

        private StubScenario defaultScenario() {
            int every = failEvery;
            Duration time = latency;
            return (target, index, script) -> every > 0 && (index + 1) % every == 0
                    ? StubOutcome.failure(1, "failed on purpose\n", time) : StubOutcome.success("ok\n", time);
        }
    }
}
