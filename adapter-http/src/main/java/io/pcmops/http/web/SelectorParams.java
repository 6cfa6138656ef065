package io.pcmops.http.web;

import io.pcmops.model.Selector;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a selector from query parameters named as the CLI's options: {@code provider, partition, accounts, ou,
 * regions, tag (K=V, repeatable), platform, state, ids, names}.
 */
public final class SelectorParams {

    private SelectorParams() {
    }

    /** Returns the selector the parameters describe. */
    public static Selector read(QueryParams query) {
        return Selector.builder().provider(query.get("provider").orElse(null))
                .partition(query.get("partition").orElse(null)).accounts(query.list("accounts"))
                .ou(query.get("ou").orElse(null)).regions(query.list("regions")).tags(tags(query))
                .platform(query.get("platform").orElse(null)).state(query.get("state").orElse(null))
                .ids(query.list("ids")).names(query.list("names")).build();
    }

    private static Map<String, String> tags(QueryParams query) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String pair : query.list("tag")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw HttpProblem.badRequest("query parameter 'tag' must be KEY=VALUE, not '" + pair + "'",
                        Map.of("parameter", "tag"));
            }
            tags.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return tags;
    }
}
