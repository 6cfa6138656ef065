package io.pcmops.internal.engine;

import io.pcmops.model.RunEvent;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Delivers events to one listener in order, on the library's executor, so a slow listener delays only itself. */
final class OrderedListener {

    private static final Logger LOG = LoggerFactory.getLogger(OrderedListener.class);

    private final Consumer<RunEvent> listener;
    private final Executor executor;
    private final ConcurrentLinkedQueue<RunEvent> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    OrderedListener(Consumer<RunEvent> listener, Executor executor) {
        this.listener = listener;
        this.executor = executor;
    }

    void deliver(RunEvent event) {
        pending.add(event);
        if (draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        do {
            RunEvent event;
            while ((event = pending.poll()) != null) {
                try {
                    listener.accept(event);
                } catch (RuntimeException e) {
                    LOG.warn("a run event listener failed: {}", e.toString());
                }
            }
            draining.set(false);
        } while (!pending.isEmpty() && draining.compareAndSet(false, true));
    }
}
