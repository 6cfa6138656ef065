package io.pcmops.aws.internal.inventory;

import io.pcmops.aws.internal.client.AwsClients;
import io.pcmops.aws.internal.client.Principal;
import io.pcmops.model.Reachability;
import io.pcmops.model.Selector;
import io.pcmops.model.Target;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import io.pcmops.aws.internal.AwsErrors;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesRequest;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.Reservation;
import software.amazon.awssdk.services.ssm.model.InstanceInformation;

/**
 * Lists one account×region: EC2 DescribeInstances (all pages, server-side filters where cheap) and, page by page as
 * they arrive, SSM DescribeInstanceInformation filtered by those instance ids (50 per call). When the SSM half fails
 * the targets are still listed, with reachability unknown and a warning.
 */
final class RegionLister {

    private static final int SSM_BATCH = 50;
    private static final int ID_FILTER_LIMIT = 200;

    private final AwsClients clients;

    RegionLister(AwsClients clients) {
        this.clients = clients;
    }

    /** Targets of one account and region, and a warning (or {@code null}). */
    record Listed(List<Target> targets, String warning) {
    }

    CompletableFuture<Listed> list(Principal principal, String region, Selector selector) {
        List<Target.Builder> found = Collections.synchronizedList(new ArrayList<>());
        Map<String, InstanceInformation> infos = new ConcurrentHashMap<>();
        List<CompletableFuture<Void>> lookups = Collections.synchronizedList(new ArrayList<>());
        return clients.ec2(principal, region).describeInstancesPaginator(request(selector)).subscribe(page -> {
            List<String> ids = new ArrayList<>();
            for (Reservation reservation : page.reservations()) {
                for (Instance instance : reservation.instances()) {
                    found.add(InstanceToTarget.target(instance, principal.partition(), principal.account(), region));
                    ids.add(instance.instanceId());
                }
            }
            for (int i = 0; i < ids.size(); i += SSM_BATCH) {
                lookups.add(lookUp(principal, region, ids.subList(i, Math.min(ids.size(), i + SSM_BATCH)), infos));
            }
        }).thenCompose(v -> CompletableFuture.allOf(lookups.toArray(CompletableFuture[]::new))
                .handle((ok, error) -> merge(found, error == null ? infos : null, principal, region, error)));
    }

    private CompletableFuture<Void> lookUp(Principal principal, String region, List<String> ids,
                                           Map<String, InstanceInformation> infos) {
        List<String> batch = List.copyOf(ids);
        return clients.ssm(principal, region).describeInstanceInformationPaginator(r -> r.maxResults(SSM_BATCH)
                .filters(f -> f.key("InstanceIds").values(batch))).subscribe(page ->
                page.instanceInformationList().forEach(info -> infos.put(info.instanceId(), info)));
    }

    private static Listed merge(List<Target.Builder> found, Map<String, InstanceInformation> infos,
                                Principal principal, String region, Throwable error) {
        List<Target> targets = new ArrayList<>(found.size());
        for (Target.Builder builder : found) {
            Target target = builder.build();
            if (infos == null) {
                targets.add(target.withReachability(Reachability.unknown()));
            } else {
                InstanceInformation info = infos.get(target.targetId());
                targets.add(builder.reachability(InstanceToTarget.reachability(info))
                        .platform(InstanceToTarget.platform(info, target.platform())).build());
            }
        }
        String warning = error == null ? null : "reachability unknown in " + principal.partition() + "/"
                + principal.account() + "/" + region + ": " + AwsErrors.describe(error);
        return new Listed(targets, warning);
    }

    private static DescribeInstancesRequest request(Selector selector) {
        List<Filter> filters = new ArrayList<>();
        selector.tags().forEach((key, value) -> filters.add(filter("tag:" + key, value)));
        if (selector.state() != null) {
            filters.add(filter("instance-state-name", selector.state()));
        }
        if (!selector.ids().isEmpty() && selector.ids().size() <= ID_FILTER_LIMIT) {
            filters.add(Filter.builder().name("instance-id").values(selector.ids()).build());
        }
        return DescribeInstancesRequest.builder().filters(filters).maxResults(1000).build();
    }

    private static Filter filter(String name, String value) {
        return Filter.builder().name(name).values(value).build();
    }
}
