package io.pcmops.internal.service;

import io.pcmops.Targets;
import io.pcmops.internal.provider.ProviderRegistry;
import io.pcmops.internal.security.RefreshGate;
import io.pcmops.internal.store.AccountStore;
import io.pcmops.internal.util.Futures;
import io.pcmops.model.Actor;
import io.pcmops.model.CsvSelection;
import io.pcmops.model.Right;
import io.pcmops.model.Selector;
import io.pcmops.model.Target;
import io.pcmops.model.TargetListing;
import io.pcmops.spi.InventoryRequest;
import io.pcmops.spi.Provider;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** {@link Targets}: asks the selector's provider, then applies the whole selector to what it answered. */
public final class TargetService implements Targets {

    private static final Comparator<Target> ORDER = Comparator.comparing(Target::partition)
            .thenComparing(Target::account).thenComparing(Target::region).thenComparing(Target::targetId);

    private final ProviderRegistry providers;
    private final AccountStore accounts;
    private final RefreshGate refreshes;
    private final Actor actor;

    public TargetService(ProviderRegistry providers, AccountStore accounts, RefreshGate refreshes, Actor actor) {
        this.providers = providers;
        this.accounts = accounts;
        this.refreshes = refreshes;
        this.actor = actor;
    }

    @Override
    public CompletableFuture<TargetListing> list(Selector selector, boolean refresh) {
        return Futures.call(() -> {
            String providerId = providers.resolve(selector.provider());
            Provider provider = providers.enabled(providerId);
            Selector bound = selector.withProvider(providerId);
            Optional<Instant> refreshLater = refresh && !actor.may(Right.OPERATE) ? refreshes.tryTake()
                    : Optional.empty();
            return provider.inventory().list(new InventoryRequest(bound, refresh && refreshLater.isEmpty(),
                    actor.name())).thenApply(listing -> narrow(listing, bound, refreshLater));
        });
    }

    @Override
    public CsvSelection readCsv(Reader csv) {
        return CsvTargetReader.read(csv);
    }

    private TargetListing narrow(TargetListing listing, Selector selector, Optional<Instant> refreshLater) {
        SelectorFilter filter = new SelectorFilter(selector, accounts.list(selector.provider()));
        Map<String, Target> unique = new LinkedHashMap<>();
        filter.apply(listing.targets()).stream().sorted(ORDER).forEach(t -> unique.putIfAbsent(t.targetId(), t));
        List<String> warnings = new ArrayList<>(listing.warnings());
        refreshLater.ifPresent(at -> warnings.add("not refreshed: without the operate right, the inventory can be "
                + "refreshed once a minute (next at " + at + "); showing what was last listed"));
        return new TargetListing(List.copyOf(unique.values()), listing.errors(), warnings);
    }
}
