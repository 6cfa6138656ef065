package io.pcmops.internal.engine;

import io.pcmops.internal.store.RunSnapshot;
import io.pcmops.model.RunEvent;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads one run's changes from the store and hands them, as events, to the run's watchers. */
final class RunFeed {

    private static final Logger LOG = LoggerFactory.getLogger(RunFeed.class);

    private final String runId;
    private final RunEventHub hub;
    private final List<OrderedListener> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledFuture<?> timer;
    private long lastSequence;
    private Optional<String> reportedProblem = Optional.empty();
    private boolean closed;

    RunFeed(String runId, long lastSequence, RunEventHub hub) {
        this.runId = runId;
        this.lastSequence = lastSequence;
        this.hub = hub;
        long period = hub.pollInterval().toMillis();
        this.timer = hub.scheduler().scheduleWithFixedDelay(this::poll, period, period, TimeUnit.MILLISECONDS);
    }

    String runId() {
        return runId;
    }

    /** Adds a listener; returns false when the feed has closed meanwhile. */
    synchronized boolean add(OrderedListener listener) {
        if (closed) {
            return false;
        }
        listeners.add(listener);
        return true;
    }

    void remove(OrderedListener listener) {
        listeners.remove(listener);
        if (listeners.isEmpty()) {
            close();
        }
    }

    synchronized void poll() {
        if (closed) {
            return;
        }
        try {
            Optional<RunSnapshot> snapshot = hub.reader().snapshot(runId);
            if (snapshot.isEmpty()) {
                close();
            } else if (snapshot.get().eventSequence() != lastSequence) {
                publish(snapshot.get(), Optional.empty());
            } else {
                reportStoreProblem(snapshot.get());
            }
        } catch (RuntimeException e) {
            LOG.warn("reading events of run {} failed: {}", runId, e.toString());
        }
    }

    private void reportStoreProblem(RunSnapshot snapshot) {
        Optional<String> problem = hub.storeProblem();
        if (problem.isPresent() && !problem.equals(reportedProblem)) {
            publish(snapshot, problem);
        }
        reportedProblem = problem;
    }

    private void publish(RunSnapshot snapshot, Optional<String> problem) {
        List<RunEvent.Change> changes = hub.reader().changesSince(runId, lastSequence);
        lastSequence = snapshot.eventSequence();
        boolean finished = snapshot.status().terminal();
        RunEvent event = new RunEvent(runId, lastSequence, hub.clock().instant(), snapshot.status(),
                snapshot.counts(), changes, finished, problem.orElse(null));
        listeners.forEach(listener -> listener.deliver(event));
        if (finished) {
            close();
        }
    }

    synchronized void close() {
        if (!closed) {
            closed = true;
            timer.cancel(false);
            hub.closed(this);
        }
    }
}
