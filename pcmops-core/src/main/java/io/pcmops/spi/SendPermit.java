package io.pcmops.spi;

/**
 * The engine's leave to send one unit. A process can stop for a while (a frozen VM, a long pause) between storing a
 * unit as dispatching and sending it; meanwhile its lease can end and another process can take the run over and
 * send the unit itself. The permit tells whether this engine can still prove that it owns the run.
 *
 * <p>A provider calls {@link #confirm()} immediately before the step that makes the unit reach its targets (after
 * slow preparation such as fetching credentials), and sends only when it returns. The default
 * {@link CommandExecutor#dispatch(DispatchUnit, InvocationSink, SendPermit)} confirms before calling
 * {@link CommandExecutor#dispatch(DispatchUnit, InvocationSink)}.
 */
@FunctionalInterface
public interface SendPermit {

    /**
     * Returns when this engine still owns the run, which usually costs no I/O (the lease was confirmed recently);
     * otherwise the engine confirms its lease in the store first.
     *
     * @throws PermitRevokedException when the engine cannot prove that it still owns the run: do not send
     */
    void confirm();
}
