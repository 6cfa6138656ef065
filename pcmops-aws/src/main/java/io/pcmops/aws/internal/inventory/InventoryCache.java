package io.pcmops.aws.internal.inventory;

import io.pcmops.aws.internal.AwsSettings;
import io.pcmops.model.Selector;
import io.pcmops.model.TargetListing;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** The optional inventory cache: listings per selector, kept for {@code inventoryCacheTtl} (off when zero). */
public final class InventoryCache {

    private final Supplier<AwsSettings> settings;
    private final Clock clock;
    private final Map<Selector, Entry> entries = new ConcurrentHashMap<>();

    public InventoryCache(Supplier<AwsSettings> settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    TargetListing get(Selector selector) {
        Duration ttl = settings.get().inventoryCacheTtl();
        Entry entry = entries.get(selector);
        if (ttl.isZero() || entry == null || entry.at().plus(ttl).isBefore(clock.instant())) {
            return null;
        }
        return entry.listing();
    }

    void put(Selector selector, TargetListing listing) {
        if (!settings.get().inventoryCacheTtl().isZero()) {
            entries.put(selector, new Entry(clock.instant(), listing));
        }
    }

    private record Entry(Instant at, TargetListing listing) {
    }
}
