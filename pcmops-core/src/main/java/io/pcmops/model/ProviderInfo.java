package io.pcmops.model;

import java.util.Map;

/**
 * A registered provider and what it has done so far.
 *
 * @param id          stable lower-case id
 * @param displayName human name
 * @param description one sentence
 * @param apiCalls    calls made to the cloud by {@code service:operation}
 */
public record ProviderInfo(String id, String displayName, String description, Map<String, Long> apiCalls) {

    public ProviderInfo {
        apiCalls = Map.copyOf(apiCalls);
    }
}
