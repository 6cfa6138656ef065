package io.pcmops.stub;

import io.pcmops.model.TargetListing;
import io.pcmops.model.TargetRef;
import io.pcmops.spi.CommandExecutor;
import io.pcmops.spi.PreparedScript;
import io.pcmops.spi.Provider;
import io.pcmops.spi.ProviderContext;
import io.pcmops.spi.ProviderMetadata;
import io.pcmops.spi.TargetInventory;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Provider {@code stub}: a deterministic in-memory fleet for tests, examples and benchmarks. It is never registered
 * for production class paths: register it explicitly ({@code Pcmops.builder().provider(StubProvider.builder()…
 * .build())}) or put core's test jar on the class path.
 *
 * <p>Found by {@link java.util.ServiceLoader}, it reads its fleet from its settings: {@code targets} (10),
 * {@code accounts} (2), {@code regions} ({@code us-east-1,eu-west-1}), {@code latencyMs} (0), {@code failEvery}
 * (0: none), {@code windowsEvery}, {@code offlineEvery}, {@code journal} (a file recording sent units, so a stub in
 * a restarted process can resume them).
 */
public final class StubProvider implements Provider {

    /** The provider id. */
    public static final String ID = "stub";

    private final StubSettings fixed;
    private final StubStats stats = new StubStats();
    private volatile StubSettings settings;
    private volatile StubExecutor executor;
    private volatile StubJournal journal;

    /** A stub configured from its settings when started. */
    public StubProvider() {
        this(null);
    }

    StubProvider(StubSettings fixed) {
        this.fixed = fixed;
    }

    /** Returns a builder for an explicitly configured stub. */
    public static StubSettings.Builder builder() {
        return StubSettings.builder();
    }

    @Override
    public ProviderMetadata metadata() {
        return new ProviderMetadata(ID, "Stub fleet (testing)", "A deterministic in-memory fleet for tests and demos",
                StubSettings.DECLARED);
    }

    @Override
    public void start(ProviderContext context) {
        settings = fixed != null ? fixed : StubSettings.fromMap(context.settings());
        journal = settings.journal() == null ? null : new StubJournal(settings.journal());
        executor = new StubExecutor(this, context.scheduler(), context.clock());
    }

    @Override
    public TargetInventory inventory() {
        return request -> CompletableFuture.completedFuture(TargetListing.of(fleet().targets()));
    }

    @Override
    public CommandExecutor executor() {
        return executor;
    }

    /** Returns what this stub was asked to do. */
    public StubStats stats() {
        return stats;
    }

    /** Returns the fleet. */
    public StubFleet fleet() {
        return settings.fleet();
    }

    /**
     * Returns the units recorded in the journal (empty without one), across processes, as
     * {@code runId:unitId:targets}.
     */
    public List<String> journalledUnits() {
        return journal == null ? List.of()
                : journal.all().stream().map(e -> e.runId() + ":" + e.unitId() + ":" + e.targets()).toList();
    }

    int maxUnitSize() {
        return settings.maxUnitSize();
    }

    Optional<StubJournal> journal() {
        return Optional.ofNullable(journal);
    }

    StubOutcome outcome(TargetRef target, PreparedScript script) {
        int index = fleet().indexOf(target.targetId());
        return settings.scenario().outcome(target, index, script);
    }
}
