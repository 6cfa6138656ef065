package io.pcmops.cli.follow;

import io.pcmops.model.RunEvent;

/** Shows a run's progress while the command waits for it. */
@FunctionalInterface
interface Progress extends AutoCloseable {

    /** Shows the run's state after an event. */
    void update(RunEvent event);

    /** Stops drawing until {@link #resume()}, so a prompt can be shown. */
    default void pause() {
    }

    default void resume() {
    }

    @Override
    default void close() {
    }

    /** Returns a display that shows nothing. */
    static Progress none() {
        return event -> { };
    }
}
