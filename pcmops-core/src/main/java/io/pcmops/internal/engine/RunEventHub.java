package io.pcmops.internal.engine;

import io.pcmops.NotFoundException;
import io.pcmops.internal.store.Database;
import io.pcmops.internal.store.RunReader;
import io.pcmops.internal.store.RunSnapshot;
import io.pcmops.model.RunEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

/**
 * Turns stored run changes into {@link RunEvent}s for watchers, whichever process owns the run. One feed per
 * watched run reads the store when nudged by a local driver, and on a short timer for runs driven elsewhere.
 */
@Singleton
public final class RunEventHub implements AutoCloseable {

    private final RunReader reader;
    private final Database database;
    private final ScheduledExecutorService scheduler;
    private final Executor executor;
    private final Clock clock;
    private final Duration pollInterval;
    private final Map<String, RunFeed> feeds = new ConcurrentHashMap<>();

    @Inject
    public RunEventHub(RunReader reader, Database database, ScheduledExecutorService scheduler, Executor executor,
                       Clock clock, @Named("eventPoll") Duration pollInterval) {
        this.reader = reader;
        this.database = database;
        this.scheduler = scheduler;
        this.executor = executor;
        this.clock = clock;
        this.pollInterval = pollInterval;
    }

    /**
     * Sends the run's current state to the listener at once, then every change until the run finishes. While the
     * store cannot be written, an event says so ({@link RunEvent#storeProblem()}), once per problem.
     *
     * @throws NotFoundException when there is no such run
     */
    public AutoCloseable watch(String runId, Consumer<RunEvent> listener) {
        RunSnapshot snapshot = reader.snapshot(runId)
                .orElseThrow(() -> new NotFoundException("no run with id '" + runId + "'"));
        OrderedListener ordered = new OrderedListener(listener, executor);
        ordered.deliver(new RunEvent(runId, snapshot.eventSequence(), clock.instant(), snapshot.status(),
                snapshot.counts(), List.of(), snapshot.status().terminal(), storeProblem().orElse(null)));
        if (snapshot.status().terminal()) {
            return () -> { };
        }
        RunFeed feed;
        do {
            feed = feeds.computeIfAbsent(runId, id -> new RunFeed(id, snapshot.eventSequence(), this));
        } while (!feed.add(ordered));
        RunFeed joined = feed;
        return () -> joined.remove(ordered);
    }

    /** Tells the feed of a run, if anyone watches it, that the store changed. */
    public void nudge(String runId) {
        RunFeed feed = feeds.get(runId);
        if (feed != null) {
            executor.execute(feed::poll);
        }
    }

    @Override
    public void close() {
        feeds.values().forEach(RunFeed::close);
        feeds.clear();
    }

    RunReader reader() {
        return reader;
    }

    /** Returns why the store cannot be written, probing it when nothing was written for a while. */
    Optional<String> storeProblem() {
        return database.writeProblem();
    }

    Clock clock() {
        return clock;
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    Duration pollInterval() {
        return pollInterval;
    }

    void closed(RunFeed feed) {
        feeds.remove(feed.runId(), feed);
    }
}
