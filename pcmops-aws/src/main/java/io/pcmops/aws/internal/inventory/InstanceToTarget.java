package io.pcmops.aws.internal.inventory;

import io.pcmops.model.Platform;
import io.pcmops.model.Reachability;
import io.pcmops.model.ReachabilityStatus;
import io.pcmops.model.Target;
import io.pcmops.model.TargetState;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ssm.model.InstanceInformation;

/** Maps an EC2 instance, and what SSM knows of its agent, to a {@link Target}. */
final class InstanceToTarget {

    private InstanceToTarget() {
    }

    static Target.Builder target(Instance instance, String partition, String account, String region) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (Tag tag : instance.tags()) {
            tags.put(tag.key(), tag.value());
        }
        return Target.builder("aws", instance.instanceId()).partition(partition).account(account).region(region)
                .name(tags.getOrDefault("Name", "")).platform(platform(instance))
                .state(TargetState.parse(instance.state() == null ? null : instance.state().nameAsString()))
                .tags(tags).instanceType(instance.instanceTypeAsString()).privateIp(instance.privateIpAddress())
                .publicIp(instance.publicIpAddress()).launchTime(instance.launchTime())
                .availabilityZone(instance.placement() == null ? null : instance.placement().availabilityZone())
                .vpcId(instance.vpcId());
    }

    static Platform platform(Instance instance) {
        String platform = instance.platformAsString();
        String details = instance.platformDetails();
        if ("windows".equalsIgnoreCase(platform) || details != null && details.toLowerCase().contains("windows")) {
            return Platform.WINDOWS;
        }
        return Platform.LINUX;
    }

    /** Reachability from SSM: Online, ConnectionLost/Inactive, or not registered at all. */
    static Reachability reachability(InstanceInformation info) {
        if (info == null) {
            return Reachability.of(ReachabilityStatus.NOT_MANAGED);
        }
        ReachabilityStatus status = "Online".equals(info.pingStatusAsString()) ? ReachabilityStatus.ONLINE
                : ReachabilityStatus.OFFLINE;
        return new Reachability(status, info.agentVersion(), info.lastPingDateTime(), info.platformName(),
                info.platformVersion());
    }

    /** Platform as SSM reports it, which wins over EC2's guess (e.g. macOS). */
    static Platform platform(InstanceInformation info, Platform fallback) {
        if (info == null || info.platformTypeAsString() == null) {
            return fallback;
        }
        Platform reported = Platform.parse(info.platformTypeAsString());
        return reported == Platform.UNKNOWN ? fallback : reported;
    }
}
