package io.pcmops.aws.internal;

import io.pcmops.InvalidRequestException;
import io.pcmops.model.Durations;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The AWS provider's settings, read from the provider's settings map (see {@code AwsProvider}'s Javadoc for the
 * keys). Bad values fail with an {@link InvalidRequestException} naming the key.
 */
public record AwsSettings(Map<String, URI> endpoints, String s3OutputBucket, String s3OutputPrefix,
                          Duration pollInterval, String roleName, Duration sessionDuration, List<String> regions,
                          int inventoryConcurrency, Duration inventoryCacheTtl, Map<String, Double> rateLimits,
                          int maxAttempts, int maxOutputBytes) {

    public static final String DEFAULT_ROLE = "OrganizationAccountAccessRole";
    /** Default cap of the full output kept per stream (8 MiB, as the local provider). */
    public static final int DEFAULT_MAX_OUTPUT_BYTES = 8 * 1024 * 1024;
    private static final double DEFAULT_RATE = 40;
    private static final Map<String, Double> DEFAULT_RATES = Map.of("SendCommand", 20.0, "CancelCommand", 10.0);

    /** Parses a settings map; absent keys take their defaults. */
    public static AwsSettings parse(Map<String, String> raw) {
        Map<String, URI> endpoints = new HashMap<>();
        Map<String, Double> rates = new HashMap<>();
        raw.forEach((key, value) -> {
            if (key.startsWith("endpoint.") && !value.isBlank()) {
                endpoints.put(key.substring("endpoint.".length()), EndpointOverrides.parse(key, value));
            } else if (key.startsWith("rateLimit.")) {
                rates.put(key.substring("rateLimit.".length()), positive(key, value));
            }
        });
        return new AwsSettings(Map.copyOf(endpoints), blankToNull(raw.get("s3OutputBucket")),
                blankToNull(raw.get("s3OutputPrefix")), duration(raw, "pollInterval", Duration.ofSeconds(2)),
                Optional.ofNullable(blankToNull(raw.get("roleName"))).orElse(DEFAULT_ROLE),
                duration(raw, "sessionDuration", Duration.ofHours(1)), list(raw.get("regions")),
                integer(raw, "inventoryConcurrency", 64), duration(raw, "inventoryCacheTtl", Duration.ZERO),
                Map.copyOf(rates), integer(raw, "maxAttempts", 8),
                integer(raw, "maxOutputBytes", DEFAULT_MAX_OUTPUT_BYTES));
    }

    /** Returns the endpoint override of a service ({@code ec2}, {@code ssm}, {@code sts}…), or {@code null}. */
    public URI endpoint(String service) {
        return endpoints.get(service);
    }

    /** Returns the requests per second allowed for an API per account and region. */
    public double rateFor(String operation) {
        return rateLimits.getOrDefault(operation, rateLimits.getOrDefault("default",
                DEFAULT_RATES.getOrDefault(operation, DEFAULT_RATE)));
    }

    private static double positive(String key, String value) {
        try {
            double rate = Double.parseDouble(value.trim().replace("/s", ""));
            if (rate > 0) {
                return rate;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidRequestException("setting " + key + " must be a positive number of requests per second");
    }

    private static Duration duration(Map<String, String> raw, String key, Duration fallback) {
        String value = blankToNull(raw.get(key));
        if (value == null) {
            return fallback;
        }
        try {
            return Durations.parse(value);
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException("setting " + key + ": " + e.getMessage());
        }
    }

    private static int integer(Map<String, String> raw, String key, int fallback) {
        String value = blankToNull(raw.get(key));
        try {
            int parsed = value == null ? fallback : Integer.parseInt(value);
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidRequestException("setting " + key + " must be a positive whole number");
    }

    private static List<String> list(String value) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
