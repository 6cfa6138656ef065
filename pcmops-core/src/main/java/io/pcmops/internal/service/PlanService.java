package io.pcmops.internal.service;

import io.pcmops.NotFoundException;
import io.pcmops.Plans;
import io.pcmops.Targets;
import io.pcmops.internal.store.PlanStore;
import io.pcmops.internal.util.Ids;
import io.pcmops.model.Plan;
import io.pcmops.model.ScopeError;
import io.pcmops.model.Selector;
import io.pcmops.model.TargetListing;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/** {@link Plans}: resolves a selector through {@link Targets} and freezes the answer. */
public final class PlanService implements Plans {

    private final Targets targets;
    private final PlanStore store;
    private final Clock clock;
    private final String actor;

    public PlanService(Targets targets, PlanStore store, Clock clock, String actor) {
        this.targets = targets;
        this.store = store;
        this.clock = clock;
        this.actor = actor;
    }

    @Override
    public CompletableFuture<Plan> create(Selector selector) {
        return targets.list(selector, false).thenApply(listing -> freeze(selector, listing));
    }

    @Override
    public Plan get(String planId) {
        return store.find(planId).orElseThrow(() -> new NotFoundException("no plan with id '" + planId + "'"));
    }

    private Plan freeze(Selector selector, TargetListing listing) {
        if (listing.targets().isEmpty()) {
            String problems = listing.errors().isEmpty() ? ""
                    : "; some of the fleet could not be listed: "
                    + listing.errors().stream().map(ScopeError::describe).collect(Collectors.joining("; "));
            throw new NotFoundException("the selector matches no target" + problems);
        }
        String provider = listing.targets().get(0).provider();
        Plan plan = new Plan(Ids.next("p", clock), clock.instant(), actor, selector.withProvider(provider),
                listing.targets(), BlastRadiusCounter.count(listing.targets()), listing.errors(), listing.warnings());
        store.insert(plan, provider);
        return plan;
    }
}
