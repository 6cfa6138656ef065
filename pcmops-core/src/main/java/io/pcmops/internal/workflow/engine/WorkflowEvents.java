package io.pcmops.internal.workflow.engine;

import io.pcmops.internal.workflow.store.WorkflowRunRow;
import io.pcmops.internal.workflow.store.WorkflowRunStore;
import io.pcmops.model.WorkflowRun;
import io.pcmops.model.WorkflowRunEvent;
import io.pcmops.model.WorkflowRunStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells watchers of a workflow run about its changes, whichever process drives it: each watcher reads the run's
 * event sequence on a short timer, and at once when a local driver nudges it.
 */
public final class WorkflowEvents implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowEvents.class);

    private final WorkflowRunStore runs;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final Duration poll;
    private final Map<String, Map<Watcher, Boolean>> watchers = new ConcurrentHashMap<>();

    public WorkflowEvents(WorkflowRunStore runs, ScheduledExecutorService scheduler, Clock clock, Duration poll) {
        this.runs = runs;
        this.scheduler = scheduler;
        this.clock = clock;
        this.poll = poll;
    }

    /** Delivers the run's state now and at each change; {@code view} builds the public shape. */
    public AutoCloseable watch(String id, Function<WorkflowRunRow, WorkflowRun> view,
                               Consumer<WorkflowRunEvent> listener) {
        Watcher watcher = new Watcher(id, view, listener);
        watchers.computeIfAbsent(id, k -> new ConcurrentHashMap<>()).put(watcher, true);
        watcher.check();
        if (!watcher.done) {
            watcher.timer = scheduler.scheduleWithFixedDelay(watcher::check, poll.toMillis(), poll.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        return watcher::close;
    }

    /** Tells this process's watchers of a run that it changed. */
    public void nudge(String id) {
        Map<Watcher, Boolean> ofRun = watchers.get(id);
        if (ofRun != null) {
            ofRun.keySet().forEach(w -> scheduler.execute(w::check));
        }
    }

    @Override
    public void close() {
        watchers.values().forEach(m -> m.keySet().forEach(Watcher::close));
        watchers.clear();
    }

    private final class Watcher {
        private final String id;
        private final Function<WorkflowRunRow, WorkflowRun> view;
        private final Consumer<WorkflowRunEvent> listener;
        private long seen = -1;
        private volatile boolean done;
        private volatile ScheduledFuture<?> timer;

        Watcher(String id, Function<WorkflowRunRow, WorkflowRun> view, Consumer<WorkflowRunEvent> listener) {
            this.id = id;
            this.view = view;
            this.listener = listener;
        }

        synchronized void check() {
            if (done) {
                return;
            }
            try {
                WorkflowRunRow row = runs.find(id).orElse(null);
                if (row == null || row.eventSequence() == seen) {
                    return;
                }
                seen = row.eventSequence();
                boolean finished = row.status().terminal();
                listener.accept(new WorkflowRunEvent(view.apply(row), clock.instant(),
                        finished || row.status() == WorkflowRunStatus.WAITING));
                if (finished) {
                    close();
                }
            } catch (RuntimeException e) {
                LOG.warn("a watcher of workflow run {} failed: {}", id, e.toString());
            }
        }

        void close() {
            done = true;
            ScheduledFuture<?> current = timer;
            if (current != null) {
                current.cancel(false);
            }
            Map<Watcher, Boolean> ofRun = watchers.get(id);
            if (ofRun != null) {
                ofRun.remove(this);
            }
        }
    }
}
