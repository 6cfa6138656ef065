package io.pcmops.http.shapes;

import java.util.Map;

/**
 * A provider as listed.
 *
 * @param id          provider id
 * @param displayName human name
 * @param description one sentence
 * @param enabled     whether targets, plans and runs may use it
 * @param apiCalls    cloud API calls made, by {@code service:operation}
 */
public record ProviderView(String id, String displayName, String description, boolean enabled,
                           Map<String, Long> apiCalls) {
}
