package io.pcmops.model;

/** How something compares between the earlier ("before") and the later ("after") source. */
public enum Difference {
    /** Only in the later source. */
    ADDED,
    /** Only in the earlier source. */
    REMOVED,
    /** In both, with different values. */
    CHANGED,
    /** In both, equal. */
    UNCHANGED
}
