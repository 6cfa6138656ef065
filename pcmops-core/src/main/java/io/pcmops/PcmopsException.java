package io.pcmops;

/**
 * Root of every error PCM-Ops throws. Unchecked; callers catch a subtype named by outcome.
 *
 * <p>Messages are written for the person who has to act on them: they say what was wrong and, where it
 * helps, what to do. They never contain secrets.
 */
public abstract class PcmopsException extends RuntimeException {

    protected PcmopsException(String message) {
        super(message);
    }

    protected PcmopsException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Returns whether repeating the same call later may succeed. */
    public boolean retryable() {
        return false;
    }
}
