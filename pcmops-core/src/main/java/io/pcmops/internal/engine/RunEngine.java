package io.pcmops.internal.engine;

import io.pcmops.internal.audit.AuditLog;
import io.pcmops.internal.provider.ProviderRegistry;
import io.pcmops.internal.store.RunReader;
import io.pcmops.internal.store.RunRecord;
import io.pcmops.internal.store.RunWriter;
import io.pcmops.model.RunOptions;
import io.pcmops.spi.CommandExecutor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the runs this process drives. Each run gets a {@link RunDriver} on its own thread. A heartbeat renews the
 * leases of driven runs; a periodic scan takes over runs whose owner's lease expired (a process that died).
 */
public final class RunEngine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunEngine.class);

    private final EngineSettings settings;
    private final RunReader reader;
    private final RunWriter writer;
    private final ProviderRegistry providers;
    private final RunEventHub hub;
    private final RunFinisher finisher;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final Map<String, Driven> drivers = new ConcurrentHashMap<>();
    private volatile boolean closed;
    private ScheduledFuture<?> heartbeat;
    private ScheduledFuture<?> orphanScan;

    public RunEngine(EngineSettings settings, RunReader reader, RunWriter writer, ProviderRegistry providers,
                     RunEventHub hub, AuditLog audit, Clock clock, ScheduledExecutorService scheduler) {
        this.settings = settings;
        this.reader = reader;
        this.writer = writer;
        this.providers = providers;
        this.hub = hub;
        this.finisher = new RunFinisher(audit);
        this.clock = clock;
        this.scheduler = scheduler;
    }

    /** Starts the heartbeat and, when enabled, the scan for orphaned runs. */
    public synchronized void start() {
        long beat = settings.heartbeat().toMillis();
        heartbeat = scheduler.scheduleWithFixedDelay(this::renewLeases, beat, beat, TimeUnit.MILLISECONDS);
        if (settings.takeOverOrphans()) {
            long scan = Math.max(1000, settings.lease().toMillis() / 2);
            orphanScan = scheduler.scheduleWithFixedDelay(this::adoptOrphans, 0, scan, TimeUnit.MILLISECONDS);
        }
    }

    /** Returns this engine's id. */
    public String engineId() {
        return settings.engineId();
    }

    /** Returns the lease a new run gets. */
    public Duration lease() {
        return settings.lease();
    }

    /** Starts driving a run this engine created and owns. */
    public void launch(String runId) {
        RunRecord record = reader.find(runId).orElseThrow();
        CommandExecutor executor = providers.get(record.run().provider()).executor();
        RunOptions options = record.run().options();
        int targets = record.run().targetCount();
        RunLedger ledger = new RunLedger(writer.invocationRecords(runId), options.concurrencyFor(targets),
                options.errorBudgetFor(targets), executor::unitKey);
        LinkedBlockingQueue<Signal> signals = new LinkedBlockingQueue<>();
        RunLease lease = new RunLease(runId, settings, writer, clock, System::nanoTime);
        RunContext context = new RunContext(record, executor, settings, clock, lease, signals::add,
                () -> hub.nudge(runId));
        RunDriver driver = new RunDriver(context, new RunState(context, ledger, writer), signals, scheduler, finisher,
                () -> drivers.remove(runId));
        Thread thread = Thread.ofPlatform().daemon().name("pcmops-run-" + runId).unstarted(driver);
        drivers.put(runId, new Driven(driver, thread, signals, lease));
        thread.start();
    }

    /** Stores a cancel request and wakes the run's driver when it runs here; returns false for a finished run. */
    public boolean cancel(String runId) {
        boolean requested = writer.requestCancel(runId);
        Driven driven = drivers.get(runId);
        if (driven != null) {
            driven.signals().add(new Signal.Wake());
        }
        hub.nudge(runId);
        return requested;
    }

    private void renewLeases() {
        for (Map.Entry<String, Driven> entry : drivers.entrySet()) {
            try {
                if (!entry.getValue().lease().renew()) {
                    LOG.warn("run {} was taken over by another engine; stopping here", entry.getKey());
                    entry.getValue().driver().stop();
                }
            } catch (RuntimeException e) {
                LOG.warn("could not renew the lease of run {}: {}", entry.getKey(), e.toString());
            }
        }
    }

    private void adoptOrphans() {
        if (closed) {
            return;
        }
        try {
            for (String runId : writer.orphans(clock.instant())) {
                adopt(runId);
            }
        } catch (RuntimeException e) {
            LOG.warn("scanning for orphaned runs failed: {}", e.toString());
        }
    }

    private void adopt(String runId) {
        RunRecord record = reader.find(runId).orElse(null);
        if (record == null || drivers.containsKey(runId) || !providers.has(record.run().provider())) {
            return;
        }
        if (writer.claim(runId, engineId(), clock.instant().plus(settings.lease()), clock.instant())) {
            LOG.info("resuming run {} (its previous owner {} stopped renewing its lease)", runId, record.owner());
            launch(runId);
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (this) {
            cancelTimer(heartbeat);
            cancelTimer(orphanScan);
        }
        List<Driven> running = List.copyOf(drivers.values());
        running.forEach(driven -> driven.driver().stop());
        for (Driven driven : running) {
            try {
                driven.thread().join(5_000);
                if (!driven.thread().isAlive()) {
                    writer.releaseLease(driven.driver().runId(), engineId(), clock.instant());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.warn("could not release run {}: {}", driven.driver().runId(), e.toString());
            }
        }
    }

    private static void cancelTimer(ScheduledFuture<?> timer) {
        if (timer != null) {
            timer.cancel(false);
        }
    }

    private record Driven(RunDriver driver, Thread thread, LinkedBlockingQueue<Signal> signals, RunLease lease) {
    }
}
