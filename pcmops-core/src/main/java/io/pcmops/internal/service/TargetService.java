package io.pcmops.internal.service;

import io.pcmops.Targets;
import io.pcmops.internal.provider.ProviderRegistry;
import io.pcmops.internal.store.AccountStore;
import io.pcmops.internal.util.Futures;
import io.pcmops.model.CsvSelection;
import io.pcmops.model.Selector;
import io.pcmops.model.Target;
import io.pcmops.model.TargetListing;
import io.pcmops.spi.InventoryRequest;
import io.pcmops.spi.Provider;
import java.io.Reader;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** {@link Targets}: asks the selector's provider, then applies the whole selector to what it answered. */
public final class TargetService implements Targets {

    private static final Comparator<Target> ORDER = Comparator.comparing(Target::partition)
            .thenComparing(Target::account).thenComparing(Target::region).thenComparing(Target::targetId);

    private final ProviderRegistry providers;
    private final AccountStore accounts;
    private final String actor;

    public TargetService(ProviderRegistry providers, AccountStore accounts, String actor) {
        this.providers = providers;
        this.accounts = accounts;
        this.actor = actor;
    }

    @Override
    public CompletableFuture<TargetListing> list(Selector selector, boolean refresh) {
        return Futures.call(() -> {
            String providerId = providers.resolve(selector.provider());
            Provider provider = providers.enabled(providerId);
            Selector bound = selector.withProvider(providerId);
            return provider.inventory().list(new InventoryRequest(bound, refresh, actor))
                    .thenApply(listing -> narrow(listing, bound));
        });
    }

    @Override
    public CsvSelection readCsv(Reader csv) {
        return CsvTargetReader.read(csv);
    }

    private TargetListing narrow(TargetListing listing, Selector selector) {
        SelectorFilter filter = new SelectorFilter(selector, accounts.list(selector.provider()));
        Map<String, Target> unique = new LinkedHashMap<>();
        filter.apply(listing.targets()).stream().sorted(ORDER).forEach(t -> unique.putIfAbsent(t.targetId(), t));
        return new TargetListing(List.copyOf(unique.values()), listing.errors(), listing.warnings());
    }
}
