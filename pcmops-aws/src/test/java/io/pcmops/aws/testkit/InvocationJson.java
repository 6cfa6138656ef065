package io.pcmops.aws.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Renders invocations as CommandInvocation, CommandPlugin and GetCommandInvocation JSON. Call under the lock. */
final class InvocationJson {

    private InvocationJson() {
    }

    /** A ListCommandInvocations entry; {@code CommandPlugins} is {@code []} unless {@code details}. */
    static ObjectNode invocation(SimInvocation invocation, boolean details) {
        CommandSpec spec = invocation.command.spec;
        String id = invocation.instanceId();
        ObjectNode json = WireJson.object().put("CommandId", spec.commandId()).put("InstanceId", id)
                .put("InstanceName", "").put("Comment", spec.comment())
                .put("DocumentName", spec.document().documentName()).put("DocumentVersion", spec.documentVersion())
                .put("RequestedDateTime", WireJson.epochSeconds(spec.requestedAt()))
                .put("Status", invocation.state.status()).put("StatusDetails", invocation.state.details())
                .put("TraceOutput", "").put("StandardOutputUrl", spec.outputUrl(id, "stdout"))
                .put("StandardErrorUrl", spec.outputUrl(id, "stderr")).put("ServiceRole", spec.serviceRole());
        json.putArray("CommandPlugins");
        if (details) {
            json.withArray("CommandPlugins").add(plugin(invocation));
        }
        json.set("NotificationConfig", WireJson.emptyNotificationConfig());
        json.set("CloudWatchOutputConfig", WireJson.emptyCloudWatchConfig());
        return json;
    }

    static ObjectNode plugin(SimInvocation invocation) {
        CommandSpec spec = invocation.command.spec;
        String id = invocation.instanceId();
        boolean done = invocation.state.terminal();
        ObjectNode json = WireJson.object().put("Name", spec.document().pluginName())
                .put("Status", pluginStatus(invocation.state)).put("StatusDetails", invocation.state.details())
                .put("ResponseCode", invocation.responseCode)
                .put("Output", done ? OutputFormat.pluginOutput(invocation.stdout, invocation.stderr) : "")
                .put("StandardOutputUrl", spec.outputUrl(id, "stdout"))
                .put("StandardErrorUrl", spec.outputUrl(id, "stderr")).put("OutputS3Region", spec.region())
                .put("OutputS3BucketName", spec.outputBucket())
                .put("OutputS3KeyPrefix", spec.pluginKeyPrefix(id));
        if (invocation.startedAt != null) {
            json.put("ResponseStartDateTime", WireJson.epochSeconds(invocation.startedAt));
        }
        if (done && invocation.startedAt != null) {
            json.put("ResponseFinishDateTime", WireJson.epochSeconds(invocation.endedAt));
        }
        return json;
    }

    /** The GetCommandInvocation answer; execution times are ISO strings, output only once terminal. */
    static ObjectNode result(SimInvocation invocation) {
        CommandSpec spec = invocation.command.spec;
        String id = invocation.instanceId();
        boolean done = invocation.state.terminal();
        boolean ran = invocation.startedAt != null;
        ObjectNode json = WireJson.object().put("CommandId", spec.commandId()).put("InstanceId", id)
                .put("Comment", spec.comment()).put("DocumentName", spec.document().documentName())
                .put("DocumentVersion", spec.documentVersion()).put("PluginName", spec.document().pluginName())
                .put("ResponseCode", invocation.responseCode)
                .put("ExecutionStartDateTime", WireJson.isoOrEmpty(invocation.startedAt))
                .put("ExecutionElapsedTime", done && ran ? elapsed(invocation) : "")
                .put("ExecutionEndDateTime", done && ran ? WireJson.isoOrEmpty(invocation.endedAt) : "")
                .put("Status", invocation.state.status()).put("StatusDetails", invocation.state.details())
                .put("StandardOutputContent", done ? OutputFormat.standardOutput(invocation.stdout) : "")
                .put("StandardOutputUrl", spec.outputUrl(id, "stdout"))
                .put("StandardErrorContent", done ? OutputFormat.standardError(invocation.stderr) : "")
                .put("StandardErrorUrl", spec.outputUrl(id, "stderr"));
        json.set("CloudWatchOutputConfig", WireJson.emptyCloudWatchConfig());
        return json;
    }

    private static String elapsed(SimInvocation invocation) {
        long millis = invocation.endedAt.toEpochMilli() - invocation.startedAt.toEpochMilli();
        return java.time.Duration.ofMillis(Math.max(0, millis)).toString();
    }

    /** CommandPluginStatus has no Delayed or Cancelling: those show as Pending and InProgress. */
    private static String pluginStatus(InvocationState state) {
        return switch (state) {
            case DELAYED -> "Pending";
            case CANCELLING -> "InProgress";
            default -> state.status();
        };
    }
}
