package io.pcmops.http.ui;

import io.pcmops.Pcmops;
import io.pcmops.http.view.Views;
import io.pcmops.model.ProviderInfo;
import io.pcmops.model.Selector;
import io.pcmops.model.Target;
import io.pcmops.model.TargetListing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.inject.Inject;
import javax.inject.Singleton;

/** Counts the targets of every enabled provider by partition, account, region and reachability. */
@Singleton
public final class FleetSummary {

    private static final long WAIT_SECONDS = 30;

    @Inject
    public FleetSummary() {
    }

    /** Lists every enabled provider's targets (from their inventory caches) and counts them. */
    public Views.Fleet summarise(Pcmops library) {
        List<Target> targets = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (ProviderInfo provider : library.providers()) {
            if (!library.providerEnabled(provider.id())) {
                continue;
            }
            try {
                TargetListing listing = library.targets().list(Selector.builder().provider(provider.id()).build(),
                        false).get(WAIT_SECONDS, TimeUnit.SECONDS);
                targets.addAll(listing.targets());
                listing.errors().forEach(error -> errors.add(provider.id() + ": " + error.describe()));
            } catch (Exception e) {
                errors.add(provider.id() + ": " + message(e));
            } catch (LinkageError e) {
                errors.add(provider.id() + ": the provider could not start (" + e.getClass().getSimpleName() + ")");
            }
        }
        return new Views.Fleet(targets.size(), count(targets, Target::partition), count(targets, Target::account),
                count(targets, Target::region), count(targets, t -> t.reachability().status().name()), errors);
    }

    private static Map<String, Integer> count(List<Target> targets, Function<Target, String> key) {
        Map<String, Integer> counts = new TreeMap<>();
        targets.forEach(target -> counts.merge(key.apply(target).isEmpty() ? "(none)" : key.apply(target), 1,
                Integer::sum));
        return counts;
    }

    private static String message(Exception error) {
        Throwable cause = error.getCause() != null ? error.getCause() : error;
        return cause instanceof io.pcmops.PcmopsException ? cause.getMessage()
                : "the inventory did not answer in time";
    }
}
