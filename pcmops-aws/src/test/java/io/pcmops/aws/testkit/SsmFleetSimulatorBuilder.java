package io.pcmops.aws.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Configures and starts an {@link SsmFleetSimulator}. Durations given here are simulated time. */
public final class SsmFleetSimulatorBuilder {

    private double timeScale = 1.0;
    private Duration visibilityDelay = Duration.ofMillis(500);
    private Duration dispatchDelay = Duration.ofSeconds(1);
    private Duration undeliverableDelay = Duration.ofSeconds(30);
    private Duration deliveryRetryInterval = Duration.ofSeconds(30);
    private boolean rampUp;
    private final Map<String, double[]> throttles = new HashMap<>();
    private S3OutputSink outputSink = S3OutputSink.NONE;
    private SandboxLimits limits = SandboxLimits.DEFAULT;
    private AccountResolver accountResolver = AccountResolver.none();

    SsmFleetSimulatorBuilder() {
    }

    /**
     * Real seconds per simulated second (default 1.0); {@code 0.001} makes SSM's 30-second minimum take 30 ms. Every
     * simulated duration is scaled, scripted runtimes included; real scripts run in real time.
     */
    public SsmFleetSimulatorBuilder timeScale(double scale) {
        this.timeScale = scale;
        return this;
    }

    /** How long after SendCommand invocations stay invisible (default 0.5 s). */
    public SsmFleetSimulatorBuilder visibilityDelay(Duration delay) {
        this.visibilityDelay = delay;
        return this;
    }

    /** How long a sent invocation stays Pending before it runs (default 1 s). */
    public SsmFleetSimulatorBuilder dispatchDelay(Duration delay) {
        this.dispatchDelay = delay;
        return this;
    }

    /** After how long an invocation to a ConnectionLost instance ends Failed/Undeliverable (default 30 s). */
    public SsmFleetSimulatorBuilder undeliverableDelay(Duration delay) {
        this.undeliverableDelay = delay;
        return this;
    }

    /** How often a Delayed invocation rechecks its stopped instance (default 30 s). */
    public SsmFleetSimulatorBuilder deliveryRetryInterval(Duration interval) {
        this.deliveryRetryInterval = interval;
        return this;
    }

    /** Reach MaxConcurrency by an exponential ramp (1, then 2 per completion …), as SSM does (default off). */
    public SsmFleetSimulatorBuilder rampUp(boolean enabled) {
        this.rampUp = enabled;
        return this;
    }

    /** Throttle an operation (e.g. {@code "SendCommand"}) with a token bucket: real requests per second, burst. */
    public SsmFleetSimulatorBuilder throttle(String operation, double ratePerSecond, int burst) {
        this.throttles.put(operation, new double[] {ratePerSecond, burst});
        return this;
    }

    /** Where output goes when a command names OutputS3BucketName (default: dropped). */
    public SsmFleetSimulatorBuilder outputSink(S3OutputSink sink) {
        this.outputSink = sink;
        return this;
    }

    /** Resource limits for real scripts (default {@link SandboxLimits#DEFAULT}). */
    public SsmFleetSimulatorBuilder sandboxLimits(SandboxLimits sandboxLimits) {
        this.limits = sandboxLimits;
        return this;
    }

    /** Resolves access key ids not mapped with {@link SsmFleetSimulator#mapAccessKey} (default: none). */
    public SsmFleetSimulatorBuilder accountResolver(AccountResolver resolver) {
        this.accountResolver = resolver;
        return this;
    }

    /** Starts the simulator on a free loopback port. */
    public SsmFleetSimulator start() {
        SimulatorSettings settings = new SimulatorSettings(timeScale, visibilityDelay, dispatchDelay,
                undeliverableDelay, deliveryRetryInterval, rampUp, Map.copyOf(throttles), outputSink, limits);
        try {
            return new SsmFleetSimulator(settings, accountResolver);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
