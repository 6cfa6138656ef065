package io.pcmops.cli;

import io.pcmops.cli.env.Interrupts;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** Stands in for Ctrl-C: {@link #pressWhenWatched()} fires as soon as a command listens for interrupts. */
final class FakeInterrupts implements Interrupts {

    private final AtomicReference<Runnable> handler = new AtomicReference<>();

    @Override
    public Registration onInterrupt(Runnable value) {
        handler.set(value);
        return () -> handler.compareAndSet(value, null);
    }

    /** Presses Ctrl-C from another thread once a handler is registered (within 10 s). */
    void pressWhenWatched() {
        Thread.ofVirtual().start(() -> {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
            while (handler.get() == null && Instant.now().isBefore(deadline)) {
                sleep(20);
            }
            sleep(200);
            Runnable current = handler.get();
            if (current != null) {
                current.run();
            }
        });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
