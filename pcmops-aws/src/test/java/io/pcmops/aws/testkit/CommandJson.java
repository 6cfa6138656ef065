package io.pcmops.aws.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Renders a command as the SSM {@code Command} shape, with live status and counters. */
final class CommandJson {

    private CommandJson() {
    }

    static ObjectNode command(SimCommand command) {
        return command.locked(() -> render(command));
    }

    /** The SendCommand answer: {@code Pending/Pending} with zero counters, whatever happened since. */
    static ObjectNode initial(SimCommand command) {
        return command(command).put("Status", "Pending").put("StatusDetails", "Pending").put("CompletedCount", 0)
                .put("ErrorCount", 0).put("DeliveryTimedOutCount", 0);
    }

    private static ObjectNode render(SimCommand command) {
        CommandSpec spec = command.spec;
        CommandStatus status = command.status();
        ObjectNode json = WireJson.object().put("CommandId", spec.commandId())
                .put("DocumentName", spec.document().documentName()).put("DocumentVersion", spec.documentVersion())
                .put("Comment", spec.comment()).put("ExpiresAfter", WireJson.epochSeconds(spec.expiresAt()));
        json.set("Parameters", spec.parametersEcho());
        json.set("InstanceIds", WireJson.strings(spec.instanceIds()));
        json.putArray("Targets");
        json.put("RequestedDateTime", WireJson.epochSeconds(spec.requestedAt()))
                .put("Status", status.status()).put("StatusDetails", status.details())
                .put("OutputS3Region", spec.region()).put("OutputS3BucketName", spec.outputBucket())
                .put("OutputS3KeyPrefix", spec.outputPrefix())
                .put("MaxConcurrency", spec.rateControls().maxConcurrency())
                .put("MaxErrors", spec.rateControls().maxErrors())
                .put("TargetCount", spec.instanceIds().size())
                .put("CompletedCount", command.count(InvocationState::terminal))
                .put("ErrorCount", command.count(InvocationState::countsAsError))
                .put("DeliveryTimedOutCount", command.count(s -> s == InvocationState.DELIVERY_TIMED_OUT))
                .put("ServiceRole", spec.serviceRole());
        json.set("NotificationConfig", WireJson.emptyNotificationConfig());
        json.set("CloudWatchOutputConfig", WireJson.emptyCloudWatchConfig());
        if (spec.timeoutSeconds() != null) {
            json.put("TimeoutSeconds", spec.timeoutSeconds());
        }
        json.putArray("TriggeredAlarms");
        return json;
    }
}
