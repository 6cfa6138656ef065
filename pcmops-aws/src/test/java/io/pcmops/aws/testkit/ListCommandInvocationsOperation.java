package io.pcmops.aws.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * ListCommandInvocations (SSM-BEHAVIOUR.md §4): the caller's visible invocations, newest command first, then in
 * request order; optional CommandId / InstanceId / Filters; {@code Details=true} adds CommandPlugins; MaxResults
 * 1–50 (default 50). An unknown but well-formed CommandId gives an empty list, as a not-yet-visible one does.
 */
final class ListCommandInvocationsOperation implements SsmOperation {

    private static final Paging.Limits LIMITS = new Paging.Limits(1, 50, 50);

    private final FleetEngine engine;

    ListCommandInvocationsOperation(FleetEngine engine) {
        this.engine = engine;
    }

    @Override
    public JsonNode handle(JsonNode request, Caller caller) {
        String commandId = CommandIds.check(WireJson.text(request, "CommandId"), false);
        String instanceId = WireJson.text(request, "InstanceId");
        boolean details = WireJson.bool(request, "Details");
        Predicate<SimInvocation> filter = CommandFilters.forInvocations(request.get("Filters"));
        Instant now = Instant.now();
        List<SimInvocation> invocations = engine.commands(caller.account(), caller.region()).stream()
                .filter(c -> commandId == null || c.spec.commandId().equals(commandId))
                .filter(c -> visible(c, now))
                .flatMap(c -> c.invocations().stream())
                .filter(i -> instanceId == null || i.instanceId().equals(instanceId))
                .filter(i -> i.command.locked(() -> filter.test(i)))
                .toList();
        ObjectNode answer = WireJson.object();
        Paging.page(invocations, SimInvocation::sortKey,
                i -> i.command.locked(() -> InvocationJson.invocation(i, details)),
                WireJson.integer(request, "MaxResults"), WireJson.text(request, "NextToken"), LIMITS, answer,
                "CommandInvocations");
        return answer;
    }

    private boolean visible(SimCommand command, Instant now) {
        if (now.isBefore(command.spec.visibleAt())) {
            engine.stats.countBeforeVisible(command.spec.commandId());
            return false;
        }
        return true;
    }
}
