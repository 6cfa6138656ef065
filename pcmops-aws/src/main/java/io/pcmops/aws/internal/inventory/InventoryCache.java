package io.pcmops.aws.internal.inventory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.pcmops.aws.internal.AwsSettings;
import io.pcmops.model.Selector;
import io.pcmops.model.TargetListing;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The optional inventory cache: listings per selector, used for {@code inventoryCacheTtl} (off when zero); at most
 * {@link #MAX_ENTRIES} selectors are kept.
 */
public final class InventoryCache {

    private final Supplier<AwsSettings> settings;
    private final Clock clock;
    static final int MAX_ENTRIES = 256;

    private final Cache<Selector, Entry> entries = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).build();

    public InventoryCache(Supplier<AwsSettings> settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    TargetListing get(Selector selector) {
        Duration ttl = settings.get().inventoryCacheTtl();
        Entry entry = entries.getIfPresent(selector);
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
