package io.pcmops.aws.internal.regions;

import io.pcmops.InvalidRequestException;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.regions.PartitionMetadata;
import software.amazon.awssdk.regions.Region;

/** Partitions and their regions, from the SDK's partition metadata. */
public final class Partitions {

    private static final Set<String> KNOWN = Set.of("aws", "aws-us-gov", "aws-cn");

    private Partitions() {
    }

    /** Returns the partition of a region, e.g. {@code aws-us-gov} for {@code us-gov-west-1}. */
    public static String of(String region) {
        return PartitionMetadata.of(Region.of(region)).id();
    }

    /** Returns the regions the SDK knows in a partition, sorted. */
    public static List<String> regions(String partition) {
        return Region.regions().stream().filter(r -> !r.isGlobalRegion()).map(Region::id)
                .filter(id -> of(id).equals(partition)).sorted().toList();
    }

    /** Returns the region used for a partition's STS and Organizations calls. */
    public static String home(String partition) {
        return switch (partition) {
            case "aws" -> "us-east-1";
            case "aws-us-gov" -> "us-gov-west-1";
            case "aws-cn" -> "cn-northwest-1";
            default -> regions(partition).stream().findFirst().orElseThrow(() -> new InvalidRequestException(
                    "unknown AWS partition '" + partition + "'; use aws, aws-us-gov or aws-cn"));
        };
    }

    /** Checks a partition name. */
    public static String check(String partition) {
        if (!KNOWN.contains(partition)) {
            throw new InvalidRequestException("unknown AWS partition '" + partition + "'; use aws, aws-us-gov or aws-cn");
        }
        return partition;
    }
}
