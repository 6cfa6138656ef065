package io.pcmops.testkit;

import io.pcmops.model.Reachability;
import io.pcmops.model.ReachabilityStatus;
import io.pcmops.model.Target;
import io.pcmops.model.TargetListing;
import io.pcmops.model.TargetState;
import io.pcmops.spi.CommandExecutor;
import io.pcmops.spi.DispatchUnit;
import io.pcmops.spi.DispatchedUnit;
import io.pcmops.spi.InvocationSink;
import io.pcmops.spi.Provider;
import io.pcmops.spi.ProviderMetadata;
import io.pcmops.spi.TargetInventory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/** A provider that accepts every unit and never reports on it: the engine must not wait for it forever. */
public final class SilentProvider implements Provider {

    private final AtomicInteger cancels = new AtomicInteger();
    private final AtomicInteger refreshes = new AtomicInteger();

    @Override
    public ProviderMetadata metadata() {
        return new ProviderMetadata("silent", "Silent", "accepts work and never answers");
    }

    @Override
    public TargetInventory inventory() {
        Target target = Target.builder("silent", "box-1").state(TargetState.RUNNING)
                .reachability(Reachability.of(ReachabilityStatus.ONLINE)).build();
        return request -> {
            if (request.refresh()) {
                refreshes.incrementAndGet();
            }
            return CompletableFuture.completedFuture(TargetListing.of(List.of(target)));
        };
    }

    @Override
    public CommandExecutor executor() {
        return new CommandExecutor() {
            @Override
            public int maxUnitSize() {
                return 10;
            }

            @Override
            public CompletableFuture<String> dispatch(DispatchUnit unit, InvocationSink sink) {
                return CompletableFuture.completedFuture("silent-" + unit.unitId());
            }

            @Override
            public CompletableFuture<Void> resume(DispatchedUnit unit, InvocationSink sink) {
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public CompletableFuture<Optional<String>> find(DispatchUnit unit, Instant notBefore) {
                return CompletableFuture.completedFuture(Optional.empty());
            }

            @Override
            public CompletableFuture<Void> cancel(DispatchedUnit unit) {
                cancels.incrementAndGet();
                return CompletableFuture.completedFuture(null);
            }
        };
    }

    /** Returns how many inventory listings bypassed the cache. */
    public int refreshes() {
        return refreshes.get();
    }

    /** Returns how many cancels it was asked for. */
    public int cancels() {
        return cancels.get();
    }
}
