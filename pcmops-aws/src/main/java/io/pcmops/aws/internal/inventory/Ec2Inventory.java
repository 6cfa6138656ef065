package io.pcmops.aws.internal.inventory;

import io.pcmops.InvalidRequestException;
import io.pcmops.ProviderException;
import io.pcmops.aws.internal.AwsErrors;
import io.pcmops.aws.internal.client.AwsClients;
import io.pcmops.aws.internal.client.Principal;
import io.pcmops.aws.internal.credentials.AccountAccess;
import io.pcmops.aws.internal.credentials.SessionNames;
import io.pcmops.aws.internal.regions.RegionCatalog;
import io.pcmops.model.ScopeError;
import io.pcmops.model.Selector;
import io.pcmops.model.Target;
import io.pcmops.model.TargetListing;
import io.pcmops.spi.InventoryRequest;
import io.pcmops.spi.TargetInventory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The AWS inventory: every reachable account (roots' own accounts and registered accounts, narrowed by the
 * selector's partition, accounts and OU) × its regions, listed concurrently with a bound. A failure in one account
 * or region becomes a {@link ScopeError}; the rest still answer.
 */
public final class Ec2Inventory implements TargetInventory {

    private final AwsClients clients;
    private final ScopePlanner planner;
    private final RegionCatalog regions;
    private final RegionLister lister;
    private final InventoryCache cache;

    public Ec2Inventory(AwsClients clients, AccountAccess access, RegionCatalog regions, InventoryCache cache) {
        this.clients = clients;
        this.planner = new ScopePlanner(access);
        this.regions = regions;
        this.lister = new RegionLister(clients);
        this.cache = cache;
    }

    @Override
    public CompletableFuture<TargetListing> list(InventoryRequest request) {
        if (!request.refresh()) {
            TargetListing cached = cache.get(request.selector());
            if (cached != null) {
                return CompletableFuture.completedFuture(cached);
            }
        }
        return listNow(request).thenApply(listing -> {
            cache.put(request.selector(), listing);
            return listing;
        });
    }

    private CompletableFuture<TargetListing> listNow(InventoryRequest request) {
        Selector selector = request.selector();
        String session = SessionNames.of(request.requestedBy(), null);
        Collector collector = new Collector();
        BoundedRunner runner = new BoundedRunner(clients.settings().inventoryConcurrency());
        return planner.plan(selector, session).thenCompose(plan -> {
            if (plan.accounts().isEmpty() && plan.errors().isEmpty()) {
                throw new InvalidRequestException("no AWS account matches: add a credential root (and accounts) "
                        + "or widen the selector");
            }
            collector.errors.addAll(plan.errors());
            List<CompletableFuture<Void>> work = new ArrayList<>();
            for (ScopePlanner.AccountScope account : plan.accounts()) {
                work.add(account.principal().thenCompose(principal -> listAccount(principal, selector, runner,
                        collector)).exceptionally(error -> collector.fail(account.partition(), account.account(), "",
                        error)));
            }
            return CompletableFuture.allOf(work.toArray(CompletableFuture[]::new));
        }).thenApply(v -> collector.listing());
    }

    private CompletableFuture<Void> listAccount(Principal principal, Selector selector, BoundedRunner runner,
                                                Collector collector) {
        return regions.regions(principal).thenCompose(available -> {
            List<String> wanted = selector.regions().isEmpty() ? available
                    : RegionCatalog.inPartition(selector.regions(), principal.partition());
            List<CompletableFuture<Void>> work = new ArrayList<>();
            for (String region : wanted) {
                work.add(runner.submit(() -> lister.list(principal, region, selector))
                        .thenAccept(collector::add)
                        .exceptionally(e -> collector.fail(principal.partition(), principal.account(), region, e)));
            }
            collector.reached();
            return CompletableFuture.allOf(work.toArray(CompletableFuture[]::new));
        });
    }

    /** Gathers the answers of every scope; thread-safe. */
    private static final class Collector {
        private final List<Target> targets = Collections.synchronizedList(new ArrayList<>());
        private final List<ScopeError> errors = Collections.synchronizedList(new ArrayList<>());
        private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        private volatile boolean anyReached;

        void add(RegionLister.Listed listed) {
            targets.addAll(listed.targets());
            if (listed.warning() != null) {
                warnings.add(listed.warning());
            }
        }

        void reached() {
            anyReached = true;
        }

        Void fail(String partition, String account, String region, Throwable error) {
            errors.add(new ScopeError(partition, account, region, AwsErrors.describe(error)));
            return null;
        }

        TargetListing listing() {
            if (!anyReached && !errors.isEmpty()) {
                throw new ProviderException("no AWS account could be listed: " + errors.stream()
                        .map(ScopeError::describe).limit(5).toList());
            }
            return new TargetListing(List.copyOf(targets), List.copyOf(errors), List.copyOf(warnings));
        }
    }
}
