package io.pcmops.aws.testkit;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * How a simulated instance runs the script of an invocation once it is InProgress.
 *
 * <p>An implementation blocks until the script ends and must return promptly once {@link ScriptContext#stop()}
 * completes (cancel or command expiry) or {@link ScriptContext#executionTimeout()} passes. An empty result means the
 * agent never reports back: the invocation stays InProgress until ExpiresAfter and then ends
 * {@code TimedOut/DeliveryTimedOut}.
 */
@FunctionalInterface
public interface Behaviour {

    /** Runs the script of one invocation. */
    Optional<ScriptOutcome> run(ScriptContext context) throws InterruptedException;

    /**
     * Really runs the script (the default): AWS-RunShellScript with {@code sh} in a sandbox (temporary working
     * directory, cleaned environment, own process group, CPU and memory limits); AWS-RunPowerShellScript with
     * {@code pwsh} where it is installed, else with {@link PowerShellEmulation}.
     */
    static Behaviour realShell() {
        return RealScriptBehaviour.INSTANCE;
    }

    /**
     * No subprocess: every invocation ends with the given result after {@code runtime} of simulated time (scaled
     * like the timeouts: at time scale 0.001 a runtime of 5 s takes 5 real milliseconds). Use this for large fleets
     * in benchmarks.
     */
    static Behaviour scripted(int exitCode, String stdout, String stderr, Duration runtime) {
        ScriptedResult result = new ScriptedResult(exitCode, stdout, stderr, runtime);
        return new ScriptedBehaviour((instance, commands) -> result);
    }

    /** No subprocess: the result is computed from the instance and the script lines. */
    static Behaviour scripted(BiFunction<SimulatedInstance, List<String>, ScriptedResult> script) {
        return new ScriptedBehaviour(Objects.requireNonNull(script, "script"));
    }

    /** The agent accepts the invocation and never reports: InProgress until ExpiresAfter, then DeliveryTimedOut. */
    static Behaviour agentHang() {
        return context -> {
            context.stop().join();
            return Optional.empty();
        };
    }

    /**
     * A scripted result.
     *
     * @param exitCode exit code of the script
     * @param stdout standard output (UTF-8)
     * @param stderr standard error (UTF-8)
     * @param runtime simulated time the script takes; longer than the execution timeout means ExecutionTimedOut
     */
    record ScriptedResult(int exitCode, String stdout, String stderr, Duration runtime) {
        /** Checks the components. */
        public ScriptedResult {
            Objects.requireNonNull(stdout, "stdout");
            Objects.requireNonNull(stderr, "stderr");
            Objects.requireNonNull(runtime, "runtime");
        }
    }
}
