package io.pcmops.testkit;

import java.util.function.BooleanSupplier;

/** Waits for a condition in tests, failing after a generous limit instead of hanging. */
public final class Waits {

    private Waits() {
    }

    /** Polls every 10 ms until the condition holds; fails after 30 s. */
    public static void until(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached within 30 s");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
