package io.pcmops.aws.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pcmops.aws.testkit.SimulatedInstance.Platform;
import io.pcmops.aws.testkit.SimulatedInstance.State;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * DescribeInstanceInformation (SSM-BEHAVIOUR.md §8): the caller's managed instances that are neither stopped nor
 * terminated, sorted by id; {@code Filters} keys {@code InstanceIds}, {@code PingStatus}, {@code PlatformType} (and
 * the legacy {@code InstanceInformationFilterList} keys {@code InstanceIds}, {@code PingStatus},
 * {@code PlatformTypes}); MaxResults 5–50, default 10. Other keys are {@code InvalidFilterKey}.
 */
final class DescribeInstanceInformationOperation implements SsmOperation {

    private static final Paging.Limits LIMITS = new Paging.Limits(5, 50, 10);
    private static final String AGENT_VERSION = "3.3.1142.0";

    private final FleetEngine engine;

    DescribeInstanceInformationOperation(FleetEngine engine) {
        this.engine = engine;
    }

    @Override
    public JsonNode handle(JsonNode request, Caller caller) {
        JsonNode filters = request.get("Filters");
        JsonNode legacy = request.get("InstanceInformationFilterList");
        if (filters != null && legacy != null) {
            throw new SsmException("InvalidInstanceInformationFilterValue",
                    "Filters and InstanceInformationFilterList cannot be used together.");
        }
        Predicate<SimulatedInstance> filter = filters != null ? filter(filters, "Key", "Values")
                : filter(legacy, "key", "valueSet");
        List<SimulatedInstance> instances = engine.registry.list(caller.account(), caller.region()).stream()
                .filter(i -> i.managed() && i.state() == State.RUNNING).filter(filter).toList();
        ObjectNode answer = WireJson.object();
        Paging.page(instances, SimulatedInstance::instanceId, DescribeInstanceInformationOperation::render,
                WireJson.integer(request, "MaxResults"), WireJson.text(request, "NextToken"), LIMITS, answer,
                "InstanceInformationList");
        return answer;
    }

    private static Predicate<SimulatedInstance> filter(JsonNode filters, String keyMember, String valuesMember) {
        Predicate<SimulatedInstance> all = i -> true;
        if (filters == null) {
            return all;
        }
        for (JsonNode filter : filters) {
            String key = filter.path(keyMember).asText();
            List<String> values = WireJson.stringList(filter, valuesMember);
            if (values.isEmpty() || values.size() > 100) {
                throw new SsmException("InvalidInstanceInformationFilterValue",
                        "Filter " + key + " must have between 1 and 100 values.");
            }
            all = all.and(switch (key) {
                case "InstanceIds" -> i -> values.contains(i.instanceId());
                case "PingStatus" -> i -> values.contains(i.pingStatus().wireName());
                case "PlatformType", "PlatformTypes" -> i -> values.contains(i.platform().wireName());
                default -> throw new SsmException("InvalidFilterKey",
                        "Filter key " + key + " is not supported by the SSM fleet simulator.");
            });
        }
        return all;
    }

    private static ObjectNode render(SimulatedInstance instance) {
        boolean windows = instance.platform() == Platform.WINDOWS;
        Instant now = Instant.now();
        return WireJson.object().put("InstanceId", instance.instanceId())
                .put("PingStatus", instance.pingStatus().wireName())
                .put("LastPingDateTime", WireJson.epochSeconds(now)).put("AgentVersion", AGENT_VERSION)
                .put("IsLatestVersion", false).put("PlatformType", instance.platform().wireName())
                .put("PlatformName", windows ? "Microsoft Windows Server 2022 Datacenter" : "Amazon Linux")
                .put("PlatformVersion", windows ? "10.0.20348" : "2023")
                .put("ResourceType", "EC2Instance").put("IPAddress", instance.ipAddress())
                .put("ComputerName", instance.computerName()).put("SourceId", instance.instanceId())
                .put("SourceType", "AWS::EC2::Instance");
    }
}
