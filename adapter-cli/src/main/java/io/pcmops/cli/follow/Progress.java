package io.pcmops.cli.follow;

import io.pcmops.model.RunEvent;

/** Shows a run's progress while the command waits for it. */
interface Progress extends AutoCloseable {

    /** Shows the run's state after an event. */
    void update(RunEvent event);

    /** Stops drawing until {@link #resume()}, so a prompt can be shown. */
    void pause();

    void resume();

    @Override
    void close();

    /** Returns a display that shows nothing. */
    static Progress none() {
        return new Progress() {
            @Override
            public void update(RunEvent event) {
            }

            @Override
            public void pause() {
            }

            @Override
            public void resume() {
            }

            @Override
            public void close() {
            }
        };
    }
}
