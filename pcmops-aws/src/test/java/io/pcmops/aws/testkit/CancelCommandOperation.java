package io.pcmops.aws.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * CancelCommand (SSM-BEHAVIOUR.md §7): the whole command, or the given InstanceIds. Not-yet-running invocations end
 * {@code Cancelled} (-1) at once; running ones go {@code Cancelling}, their process group is killed and they end
 * {@code Cancelled} with 137 (Linux) or -1 (Windows). Terminal invocations are left alone, and a command that
 * already finished keeps its status. Answers {@code {}}.
 */
final class CancelCommandOperation implements SsmOperation {

    private final FleetEngine engine;

    CancelCommandOperation(FleetEngine engine) {
        this.engine = engine;
    }

    @Override
    public JsonNode handle(JsonNode request, Caller caller) {
        String commandId = CommandIds.check(WireJson.text(request, "CommandId"), true);
        SimCommand command = engine.find(commandId)
                .filter(c -> c.spec.account().equals(caller.account()) && c.spec.region().equals(caller.region()))
                .orElseThrow(() -> new SsmException("InvalidCommandId", null));
        List<String> ids = WireJson.stringList(request, "InstanceIds");
        if (ids.isEmpty()) {
            command.cancel(command.invocations(), true);
            return WireJson.object();
        }
        List<SimInvocation> targets = command.invocations().stream().filter(i -> ids.contains(i.instanceId()))
                .toList();
        if (targets.size() != ids.size()) {
            throw new SsmException("InvalidInstanceId", "Instances not part of command " + commandId);
        }
        command.cancel(targets, false);
        return WireJson.object();
    }
}
