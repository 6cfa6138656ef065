package io.pcmops.aws.internal.ssm;

import io.pcmops.aws.internal.client.AwsClients;
import io.pcmops.aws.internal.client.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.ssm.model.InstanceInformation;

/**
 * Asks SSM DescribeInstanceInformation (filtered by the ids, 50 a page) which of a unit's instances have an online
 * agent: for when SendCommand refused the unit with an {@code InvalidInstanceId} that names no instance, as real SSM
 * sometimes answers (also for an agent that is not running).
 */
final class AgentLookup {

    private final AwsClients clients;

    AgentLookup(AwsClients clients) {
        this.clients = clients;
    }

    /** Returns the instances without an online agent, each with the reason, in the order given. */
    CompletableFuture<Map<String, String>> offline(Principal principal, String region, List<String> ids) {
        Map<String, InstanceInformation> found = new ConcurrentHashMap<>();
        return clients.ssm(principal, region).describeInstanceInformationPaginator(r -> r.maxResults(50)
                        .filters(f -> f.key("InstanceIds").values(ids)))
                .subscribe(page -> page.instanceInformationList().forEach(i -> found.put(i.instanceId(), i)))
                .thenApply(v -> reasons(ids, found));
    }

    private static Map<String, String> reasons(List<String> ids, Map<String, InstanceInformation> found) {
        Map<String, String> offline = new LinkedHashMap<>();
        for (String id : ids) {
            InstanceInformation info = found.get(id);
            if (info == null) {
                offline.put(id, "undeliverable: SSM refused the command (InvalidInstanceId) and lists no SSM agent "
                        + "for this instance");
            } else if (!"Online".equals(info.pingStatusAsString())) {
                offline.put(id, "undeliverable: SSM refused the command (InvalidInstanceId); this instance's SSM "
                        + "agent is " + info.pingStatusAsString());
            }
        }
        return offline;
    }
}
