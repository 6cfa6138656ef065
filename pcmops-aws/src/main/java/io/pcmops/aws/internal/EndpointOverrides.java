package io.pcmops.aws.internal;

import io.pcmops.InvalidRequestException;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import software.amazon.awssdk.regions.EndpointTag;
import software.amazon.awssdk.regions.PartitionEndpointKey;
import software.amazon.awssdk.regions.PartitionMetadata;

/**
 * Which {@code endpoint.*} settings the provider accepts. Signed requests and session tokens go to these endpoints, so
 * an override must be {@code https} on a host inside one of the partition's own AWS domains, as the SDK's partition
 * metadata names them (e.g. {@code amazonaws.com} and {@code api.aws} for {@code aws} and {@code aws-us-gov},
 * {@code amazonaws.com.cn} and {@code api.amazonwebservices.com.cn} for {@code aws-cn}); FIPS, dual-stack and VPC
 * interface endpoints are such hosts. An endpoint outside those domains, or plain {@code http}, is refused unless
 * the host's operator allows emulators (moto, LocalStack, the test kit) with the environment variable
 * {@value #ALLOW_ENV}{@code =true} or the JVM system property {@value #ALLOW_PROPERTY}{@code =true}. The switch is
 * deliberately not a provider setting: whoever may change provider settings must not be able to lift the check.
 *
 * <p>The SDK's own {@code AWS_ENDPOINT_URL}, {@code AWS_ENDPOINT_URL_<SERVICE>} and profile {@code endpoint_url}
 * are not provider settings: they are set by whoever runs the process and are honoured as the SDK honours them.
 */
public final class EndpointOverrides {

    /** The environment variable that allows endpoints outside AWS (tests, emulators). */
    public static final String ALLOW_ENV = "PCMOPS_AWS_ALLOW_EMULATOR_ENDPOINTS";
    /** The JVM system property that allows endpoints outside AWS (tests, emulators). */
    public static final String ALLOW_PROPERTY = "pcmops.aws.allowEmulatorEndpoints";
    private static final List<String> PARTITIONS = List.of("aws", "aws-us-gov", "aws-cn");
    private static final Map<String, Set<String>> DOMAINS = new ConcurrentHashMap<>();

    private EndpointOverrides() {
    }

    /**
     * Parses and checks the value of an {@code endpoint.<service>} setting against every partition the provider
     * serves.
     *
     * @throws InvalidRequestException naming the setting and what is wrong
     */
    public static URI parse(String key, String value) {
        URI uri = syntax(key, value);
        if (!emulatorsAllowed() && PARTITIONS.stream().noneMatch(p -> inDomains(uri, p))) {
            throw refused(key, uri, "an AWS domain (" + String.join(", ", allDomains()) + ")");
        }
        return uri;
    }

    /**
     * Checks that an override may carry requests signed for a partition.
     *
     * @throws InvalidRequestException when the endpoint is outside that partition's domains
     */
    public static void checkFor(String key, URI endpoint, String partition) {
        if (!emulatorsAllowed() && !inDomains(endpoint, partition)) {
            throw refused(key, endpoint, "a domain of partition " + partition + " ("
                    + String.join(", ", domains(partition)) + ")");
        }
    }

    /** Returns whether the operator allowed endpoints outside AWS ({@value #ALLOW_ENV} or {@value #ALLOW_PROPERTY}). */
    public static boolean emulatorsAllowed() {
        return "true".equalsIgnoreCase(System.getProperty(ALLOW_PROPERTY))
                || "true".equalsIgnoreCase(System.getenv(ALLOW_ENV));
    }

    /** Returns the DNS domains of a partition: plain, FIPS and dual-stack, from the SDK's partition metadata. */
    static Set<String> domains(String partition) {
        return DOMAINS.computeIfAbsent(partition, EndpointOverrides::lookUp);
    }

    private static Set<String> lookUp(String partition) {
        PartitionMetadata metadata = PartitionMetadata.of(partition);
        if (metadata == null) {
            return Set.of();
        }
        Set<String> domains = new LinkedHashSet<>();
        for (List<EndpointTag> tags : List.of(List.<EndpointTag>of(), List.of(EndpointTag.FIPS),
                List.of(EndpointTag.DUALSTACK), List.of(EndpointTag.FIPS, EndpointTag.DUALSTACK))) {
            domains.add(metadata.dnsSuffix(PartitionEndpointKey.builder().tags(tags).build())
                    .toLowerCase(Locale.ROOT));
        }
        return Collections.unmodifiableSet(domains);
    }

    private static Set<String> allDomains() {
        return PARTITIONS.stream().flatMap(p -> domains(p).stream()).collect(Collectors.toCollection(
                LinkedHashSet::new));
    }

    private static boolean inDomains(URI uri, String partition) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return "https".equalsIgnoreCase(uri.getScheme())
                && domains(partition).stream().anyMatch(domain -> host.endsWith("." + domain));
    }

    private static URI syntax(String key, String value) {
        try {
            URI uri = URI.create(value.trim());
            if (uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException("not a plain URL");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("setting " + key + " must be a URL such as https://ssm.us-east-1"
                    + ".amazonaws.com (scheme and host; no user, query or fragment)");
        }
    }

    private static InvalidRequestException refused(String key, URI uri, String where) {
        return new InvalidRequestException("setting " + key + " (" + uri + ") must be an https endpoint in " + where
                + "; endpoints outside AWS (emulators, tests) need " + ALLOW_ENV + "=true in the environment or -D"
                + ALLOW_PROPERTY + "=true where PCM-Ops runs");
    }
}
