package io.pcmops.aws.internal.regions;

import io.pcmops.aws.internal.client.AwsClients;
import io.pcmops.aws.internal.client.Principal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.ec2.model.Region;

/**
 * The regions to list per account: the {@code regions} setting when given, else the account's enabled regions from
 * EC2 DescribeRegions (cached per account), always narrowed to the account's partition.
 */
public final class RegionCatalog {

    private final AwsClients clients;
    private final Map<String, CompletableFuture<List<String>>> enabled = new ConcurrentHashMap<>();

    public RegionCatalog(AwsClients clients) {
        this.clients = clients;
    }

    /** Returns the regions of the principal's account to consider, before a selector narrows them. */
    public CompletableFuture<List<String>> regions(Principal principal) {
        List<String> configured = clients.settings().regions();
        if (!configured.isEmpty()) {
            return CompletableFuture.completedFuture(inPartition(configured, principal.partition()));
        }
        String key = principal.partition() + "/" + principal.account();
        CompletableFuture<List<String>> cached = enabled.computeIfAbsent(key, k -> describe(principal));
        return cached.whenComplete((regions, error) -> {
            if (error != null) {
                enabled.remove(key, cached);
            }
        });
    }

    private CompletableFuture<List<String>> describe(Principal principal) {
        String home = Partitions.home(principal.partition());
        return clients.ec2(principal, home).describeRegions(r -> r.allRegions(false))
                .thenApply(response -> inPartition(response.regions().stream().map(Region::regionName).toList(),
                        principal.partition()));
    }

    /** Keeps the regions that belong to the partition (GovCloud credentials only reach us-gov-* regions). */
    public static List<String> inPartition(List<String> regions, String partition) {
        return regions.stream().filter(r -> Partitions.of(r).equals(partition)).distinct().sorted().toList();
    }
}
