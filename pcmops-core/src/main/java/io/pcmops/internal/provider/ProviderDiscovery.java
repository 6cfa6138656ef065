package io.pcmops.internal.provider;

import io.pcmops.spi.Provider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Collects providers: explicit ones first, then those found by {@link ServiceLoader} when discovery is on. Two
 * providers with one id are an error naming both classes.
 */
public final class ProviderDiscovery {

    private ProviderDiscovery() {
    }

    /** Returns the providers by id, in registration order. */
    public static Map<String, Provider> collect(List<Provider> explicit, boolean discover, ClassLoader loader) {
        List<Provider> all = new ArrayList<>(explicit);
        if (discover) {
            ServiceLoader.load(Provider.class, loader).forEach(found -> {
                boolean alreadyGiven = explicit.stream().anyMatch(p -> p.getClass() == found.getClass());
                if (!alreadyGiven) {
                    all.add(found);
                }
            });
        }
        Map<String, Provider> byId = new LinkedHashMap<>();
        for (Provider provider : all) {
            Provider clash = byId.putIfAbsent(provider.metadata().id(), provider);
            if (clash != null) {
                throw new IllegalStateException("two providers claim the id '" + provider.metadata().id() + "': "
                        + clash.getClass().getName() + " and " + provider.getClass().getName()
                        + "; remove one from the class path or from the builder");
            }
        }
        return byId;
    }
}
