package io.pcmops.aws.testkit;

import java.time.Duration;
import java.util.Map;

/**
 * The simulator's configuration. Durations are simulated time (multiplied by {@code timeScale}).
 *
 * @param timeScale real seconds per simulated second
 * @param visibilityDelay after SendCommand, invocations stay invisible (InvocationDoesNotExist, empty lists)
 * @param dispatchDelay a sent invocation stays Pending this long before it is InProgress (or Delayed)
 * @param undeliverableDelay after sending, an invocation to a ConnectionLost instance ends Failed/Undeliverable
 * @param deliveryRetryInterval how often a Delayed invocation checks whether its stopped instance runs again
 * @param rampUp whether MaxConcurrency is reached by an exponential ramp (1, 2, 4 …) instead of at once
 * @param throttles operation name → token bucket (rate per second, burst)
 * @param outputSink where S3 output goes
 * @param limits resource limits for real scripts
 */
record SimulatorSettings(double timeScale, Duration visibilityDelay, Duration dispatchDelay,
        Duration undeliverableDelay, Duration deliveryRetryInterval, boolean rampUp,
        Map<String, double[]> throttles, S3OutputSink outputSink, SandboxLimits limits) {
}
