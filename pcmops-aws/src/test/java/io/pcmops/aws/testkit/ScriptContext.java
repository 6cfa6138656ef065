package io.pcmops.aws.testkit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * What a {@link Behaviour} gets for one invocation.
 *
 * @param commandId the command
 * @param instance the instance as registered when the script started
 * @param documentName {@code AWS-RunShellScript} or {@code AWS-RunPowerShellScript}
 * @param commands the {@code commands} parameter
 * @param workingDirectory the {@code workingDirectory} parameter, {@code ""} when not given
 * @param executionTimeout real time after which the script must be killed (the scaled execution timeout)
 * @param stop completes when the script must stop now (cancel or command expiry)
 * @param environment variables the agent sets: {@code AWS_SSM_INSTANCE_ID}, {@code AWS_SSM_REGION_NAME}
 * @param timeScale the simulator's time scale (real seconds per simulated second)
 */
public record ScriptContext(String commandId, SimulatedInstance instance, String documentName, List<String> commands,
        String workingDirectory, Duration executionTimeout, CompletableFuture<Void> stop,
        Map<String, String> environment, double timeScale) {

    /** The real duration that stands for a simulated one at this time scale. */
    public Duration realTime(Duration simulated) {
        return new SimClock(timeScale).real(simulated);
    }

    /** The exit code reported for a killed script: 137 on Linux, -1 on Windows (SSM-BEHAVIOUR.md §3.5). */
    public int killExitCode() {
        return instance.platform() == SimulatedInstance.Platform.WINDOWS ? -1 : 137;
    }

    /** Whether the document is AWS-RunPowerShellScript. */
    public boolean powerShell() {
        return SsmDocument.RUN_POWERSHELL_SCRIPT.documentName().equals(documentName);
    }
}
