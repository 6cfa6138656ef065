package io.pcmops;

import java.util.Collection;
import java.util.TreeSet;

/** No provider with the requested id is registered; the message lists the ids that are. */
public class ProviderNotFoundException extends InvalidRequestException {

    public ProviderNotFoundException(String id, Collection<String> knownIds) {
        super("unknown provider '" + id + "'; known providers: " + describe(knownIds));
    }

    private static String describe(Collection<String> knownIds) {
        return knownIds.isEmpty() ? "(none registered)" : String.join(", ", new TreeSet<>(knownIds));
    }
}
