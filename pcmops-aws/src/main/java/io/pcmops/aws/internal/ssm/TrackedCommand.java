package io.pcmops.aws.internal.ssm;

import io.pcmops.aws.internal.client.Principal;
import io.pcmops.model.InvocationState;
import io.pcmops.model.ScriptLanguage;
import io.pcmops.spi.DispatchUnit;
import io.pcmops.spi.InvocationSink;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A command being tracked: where it runs, whom to tell, what was last reported per target, and until when SSM may
 * still answer. {@link #busy} keeps two polling rounds of one command from overlapping.
 */
final class TrackedCommand {

    private final String commandId;
    private final Principal principal;
    private final String region;
    private final InvocationSink sink;
    private final Set<String> targets;
    private final ScriptLanguage language;
    private final Instant deadline;
    private final String bucket;
    private final String keyPrefix;
    private final Map<String, InvocationState> reported = new ConcurrentHashMap<>();
    final AtomicBoolean busy = new AtomicBoolean();

    TrackedCommand(String commandId, Principal principal, String region, DispatchUnit unit, Set<String> targets,
                   InvocationSink sink, Instant sentAt, String bucket, String keyPrefix) {
        this.commandId = commandId;
        this.principal = principal;
        this.region = region;
        this.sink = sink;
        this.targets = Set.copyOf(targets);
        this.language = unit.script().language();
        this.deadline = sentAt.plus(unit.deliveryTimeout()).plus(unit.executionTimeout()).plusSeconds(300);
        this.bucket = bucket;
        this.keyPrefix = keyPrefix;
    }

    String commandId() { return commandId; }
    Principal principal() { return principal; }
    String region() { return region; }
    InvocationSink sink() { return sink; }
    Set<String> targets() { return targets; }
    Instant deadline() { return deadline; }
    String bucket() { return bucket; }

    /** Returns the state last reported for a target, or {@code null}. */
    InvocationState reported(String targetId) {
        return reported.get(targetId);
    }

    void report(String targetId, InvocationState state) {
        reported.put(targetId, state);
    }

    /** Returns whether every target has been reported final. */
    boolean finished() {
        return targets.stream().allMatch(t -> reported.containsKey(t) && reported.get(t).terminal());
    }

    /** Returns the S3 key of a stream, in SSM's layout ({@code prefix/commandId/instanceId/plugin/step/stream}). */
    String outputKey(String instanceId, String stream) {
        String plugin = language == ScriptLanguage.POWERSHELL ? "awsrunPowerShellScript" : "awsrunShellScript";
        String prefix = keyPrefix == null ? "" : keyPrefix.replaceAll("/+$", "");
        return (prefix.isEmpty() ? "" : prefix + "/") + commandId + "/" + instanceId + "/" + plugin + "/0." + plugin
                + "/" + stream;
    }
}
