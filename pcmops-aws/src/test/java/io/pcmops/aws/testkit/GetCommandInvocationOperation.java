package io.pcmops.aws.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * GetCommandInvocation (SSM-BEHAVIOUR.md §5): {@code InvocationDoesNotExist} (bare body) for an unknown pair and for
 * every invocation during the visibility delay after SendCommand; {@code InvalidPluginName} for a plugin name other
 * than the document's.
 */
final class GetCommandInvocationOperation implements SsmOperation {

    private final FleetEngine engine;

    GetCommandInvocationOperation(FleetEngine engine) {
        this.engine = engine;
    }

    @Override
    public JsonNode handle(JsonNode request, Caller caller) {
        String commandId = CommandIds.check(WireJson.text(request, "CommandId"), true);
        String instanceId = WireJson.text(request, "InstanceId");
        if (instanceId == null) {
            throw new SsmException("ValidationException", "1 validation error detected: Value null at "
                    + "'instanceId' failed to satisfy constraint: Member must not be null");
        }
        SimInvocation invocation = engine.find(commandId)
                .filter(c -> c.spec.account().equals(caller.account()) && c.spec.region().equals(caller.region()))
                .filter(this::visible)
                .flatMap(c -> c.invocations().stream().filter(i -> i.instanceId().equals(instanceId)).findFirst())
                .orElseThrow(() -> new SsmException("InvocationDoesNotExist", null));
        String plugin = WireJson.text(request, "PluginName");
        if (plugin != null && !plugin.equals(invocation.command.spec.document().pluginName())) {
            throw new SsmException("InvalidPluginName", null);
        }
        return invocation.command.locked(() -> InvocationJson.result(invocation));
    }

    private boolean visible(SimCommand command) {
        if (Instant.now().isBefore(command.spec.visibleAt())) {
            engine.stats.countBeforeVisible(command.spec.commandId());
            return false;
        }
        return true;
    }
}
