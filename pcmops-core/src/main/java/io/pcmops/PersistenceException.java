package io.pcmops;

/** The store could not read or write; the data directory may be unreadable, full or locked. */
public class PersistenceException extends PcmopsException {

    /** Creates the exception with a message naming what failed. */
    public PersistenceException(String message) {
        super(message);
    }

    /** Creates the exception with a message naming what failed and its cause. */
    public PersistenceException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
