package io.pcmops.model;

/** Whether a target's agent can take a command now. */
public enum ReachabilityStatus {
    /** The agent answered recently. */
    ONLINE,
    /** The agent is registered but has lost its connection. */
    OFFLINE,
    /** The target has no agent, or is not registered with the provider's run service. */
    NOT_MANAGED,
    /** The provider could not tell (e.g. its reachability call failed). */
    UNKNOWN;

    /** Returns whether a command sent now would most likely never be delivered. */
    public boolean unreachable() {
        return this == OFFLINE || this == NOT_MANAGED;
    }
}
