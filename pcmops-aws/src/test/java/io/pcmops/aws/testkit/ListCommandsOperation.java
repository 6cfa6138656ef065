package io.pcmops.aws.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Predicate;

/**
 * ListCommands (SSM-BEHAVIOUR.md §6): the caller's commands newest first, full Command objects with live counters;
 * optional CommandId, InstanceId and Filters (there is no Comment filter); MaxResults 1–50 (default 50). Commands are
 * visible as soon as SendCommand returns.
 */
final class ListCommandsOperation implements SsmOperation {

    private static final Paging.Limits LIMITS = new Paging.Limits(1, 50, 50);

    private final FleetEngine engine;

    ListCommandsOperation(FleetEngine engine) {
        this.engine = engine;
    }

    @Override
    public JsonNode handle(JsonNode request, Caller caller) {
        String commandId = CommandIds.check(WireJson.text(request, "CommandId"), false);
        String instanceId = WireJson.text(request, "InstanceId");
        Predicate<SimCommand> filter = CommandFilters.forCommands(request.get("Filters"));
        List<SimCommand> commands = engine.commands(caller.account(), caller.region()).stream()
                .filter(c -> commandId == null || c.spec.commandId().equals(commandId))
                .filter(c -> instanceId == null || c.spec.instanceIds().contains(instanceId))
                .filter(filter)
                .toList();
        ObjectNode answer = WireJson.object();
        Paging.page(commands, SimCommand::sortKey, CommandJson::command, WireJson.integer(request, "MaxResults"),
                WireJson.text(request, "NextToken"), LIMITS, answer, "Commands");
        return answer;
    }
}
