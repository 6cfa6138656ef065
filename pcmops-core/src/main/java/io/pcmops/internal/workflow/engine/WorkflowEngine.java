package io.pcmops.internal.workflow.engine;

import io.pcmops.internal.audit.AuditLog;
import io.pcmops.internal.engine.EngineSettings;
import io.pcmops.internal.store.PlanStore;
import io.pcmops.internal.store.RunReader;
import io.pcmops.internal.workflow.store.ResultStore;
import io.pcmops.internal.workflow.store.WorkflowRunStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the workflow runs this process drives, like the run engine owns runs: a lease renewed by a heartbeat (which
 * also re-checks each driven run, e.g. for a cancel asked for elsewhere), and a scan that takes over active workflow
 * runs whose owner stopped. Runs waiting at a gate have no owner.
 */
public final class WorkflowEngine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowEngine.class);

    private final EngineSettings settings;
    private final java.time.Clock clock;
    private final java.util.concurrent.Executor executor;
    private final java.util.concurrent.ScheduledExecutorService scheduler;
    private final WorkflowRunStore runs;
    private final ResultStore results;
    private final PlanStore plans;
    private final RunReader runReader;
    private final AuditLog audit;
    private final WorkflowEvents events;
    private final WorkflowSecrets secrets;
    private final Map<String, WorkflowDriver> drivers = new ConcurrentHashMap<>();
    private volatile WorkflowContext context;
    private volatile boolean closed;
    private ScheduledFuture<?> heartbeat;
    private ScheduledFuture<?> orphanScan;

    /**
     * Creates the engine.
     *
     * @param settings  the run engine's settings (this engine uses its id, lease and heartbeat)
     * @param eventPoll how often watchers read workflow runs driven by other processes
     */
    public WorkflowEngine(EngineSettings settings, WorkflowRunStore runs, ResultStore results, PlanStore plans,
                          RunReader runReader, AuditLog audit, io.pcmops.internal.vault.Vault vault,
                          java.time.Clock clock,
                          java.util.concurrent.Executor executor,
                          java.util.concurrent.ScheduledExecutorService scheduler, java.time.Duration eventPoll) {
        this.settings = settings;
        this.clock = clock;
        this.executor = executor;
        this.scheduler = scheduler;
        this.runs = runs;
        this.results = results;
        this.plans = plans;
        this.runReader = runReader;
        this.audit = audit;
        this.events = new WorkflowEvents(runs, scheduler, clock, eventPoll);
        this.secrets = new WorkflowSecrets(vault);
    }

    /** Starts the heartbeat and the scan for orphaned workflow runs, with access to the public sub-APIs. */
    public synchronized void start(LibraryAccess library) {
        context = new WorkflowContext(settings.engineId(), settings.lease(), runs, results, plans, runReader,
                new StepLauncher(results, plans, library, secrets, clock), new StepSettler(results, runReader),
                new GateKeeper(results), library, events, audit, clock, executor, scheduler);
        long beat = settings.heartbeat().toMillis();
        heartbeat = scheduler.scheduleWithFixedDelay(this::beat, beat, beat, TimeUnit.MILLISECONDS);
        if (settings.takeOverOrphans()) {
            long scan = Math.max(1000, settings.lease().toMillis() / 2);
            orphanScan = scheduler.scheduleWithFixedDelay(this::adoptOrphans, 0, scan,
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Returns this engine's id. */
    public String engineId() {
        return settings.engineId();
    }

    /** Returns when a lease taken now expires. */
    public java.time.Instant leaseUntil() {
        return clock.instant().plus(settings.lease());
    }

    /** Returns what seals workflow runs' secret parameters. */
    public WorkflowSecrets secrets() {
        return secrets;
    }

    /** Returns the watchers' hub. */
    public WorkflowEvents events() {
        return events;
    }

    /** Returns the gate keeper. */
    public GateKeeper gates() {
        return new GateKeeper(results);
    }

    /** Drives a workflow run this engine owns (or takes it when nobody does). */
    public void drive(String id) {
        if (closed || !runs.claim(id, engineId(), leaseUntil(), clock.instant())) {
            events.nudge(id);
            return;
        }
        drivers.computeIfAbsent(id, k -> new WorkflowDriver(k, context, () -> drivers.remove(k))).poke();
    }

    /** Wakes the driver of a workflow run when it runs here. */
    public void signal(String id) {
        WorkflowDriver driver = drivers.get(id);
        if (driver != null) {
            driver.poke();
        }
        events.nudge(id);
    }

    private void beat() {
        for (WorkflowDriver driver : List.copyOf(drivers.values())) {
            try {
                if (runs.renew(driver.id(), engineId(), leaseUntil())) {
                    driver.poke();
                } else {
                    driver.stop();
                    drivers.remove(driver.id(), driver);
                }
            } catch (RuntimeException e) {
                LOG.warn("could not renew the lease of workflow run {}: {}", driver.id(), e.toString());
            }
        }
    }

    private void adoptOrphans() {
        if (closed) {
            return;
        }
        try {
            for (String id : runs.orphans(clock.instant())) {
                if (!drivers.containsKey(id)) {
                    LOG.info("resuming workflow run {} (its owner stopped)", id);
                    drive(id);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("scanning for orphaned workflow runs failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (this) {
            cancel(heartbeat);
            cancel(orphanScan);
        }
        for (WorkflowDriver driver : List.copyOf(drivers.values())) {
            if (!driver.stopAndWait()) {
                continue;
            }
            try {
                runs.release(driver.id(), engineId());
            } catch (RuntimeException e) {
                LOG.warn("could not release workflow run {}: {}", driver.id(), e.toString());
            }
        }
        drivers.clear();
        events.close();
    }

    private static void cancel(ScheduledFuture<?> timer) {
        if (timer != null) {
            timer.cancel(false);
        }
    }
}
