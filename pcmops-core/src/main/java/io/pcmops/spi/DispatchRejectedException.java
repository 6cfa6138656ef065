package io.pcmops.spi;

import io.pcmops.ProviderException;
import io.pcmops.model.InvocationState;

/**
 * A unit was certainly not sent, and its targets should end in {@link #state()} with the message as reason.
 * Typical causes: credentials refused (e.g. AssumeRole denied), targets unknown to the run service.
 */
public class DispatchRejectedException extends ProviderException {

    private final InvocationState state;

    /** A rejection whose targets end {@code NOT_EXECUTED}. */
    public DispatchRejectedException(String reason, Throwable cause) {
        this(InvocationState.NOT_EXECUTED, reason, cause);
    }

    /** A rejection whose targets end in the given final state. */
    public DispatchRejectedException(InvocationState state, String reason, Throwable cause) {
        super(reason, cause);
        if (!state.terminal()) {
            throw new IllegalArgumentException("a rejected unit's state must be final, not " + state);
        }
        this.state = state;
    }

    /** Returns the final state the unit's targets take. */
    public InvocationState state() {
        return state;
    }
}
