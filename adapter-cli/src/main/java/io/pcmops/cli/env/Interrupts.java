package io.pcmops.cli.env;

/** Where Ctrl-C (SIGINT) is delivered while a command wants to handle it itself. */
public interface Interrupts {

    /**
     * Routes interrupts to a handler until the returned handle is closed; then the default behaviour (ending the
     * process) applies again.
     *
     * @param handler called on a signal thread for every interrupt
     */
    Registration onInterrupt(Runnable handler);

    /** Ends the routing of interrupts to a handler. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
