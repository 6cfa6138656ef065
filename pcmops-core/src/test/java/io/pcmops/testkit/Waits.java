package io.pcmops.testkit;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition in tests by polling it, failing after a limit instead of hanging. Never a fixed sleep. */
public final class Waits {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private Waits() {
    }

    /** Polls every 10 ms until the condition holds; fails after 30 s. */
    public static void until(BooleanSupplier condition) {
        until(PATIENCE, "condition", condition);
    }

    /** Polls every 10 ms until the condition holds; fails after {@code patience}, naming what was awaited. */
    public static void until(Duration patience, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError(what + " not reached within " + patience.toSeconds() + " s");
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
