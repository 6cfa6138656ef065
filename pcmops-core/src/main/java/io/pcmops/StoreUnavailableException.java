package io.pcmops;

/**
 * The store cannot be written: the disk holding it is full, it became read-only, or the file failed. Reads may still
 * work. Nothing is stored until a write succeeds again; runs stay as they were last stored, and an engine resumes
 * them, losing no result a provider kept, once one does.
 */
public class StoreUnavailableException extends PersistenceException {

    /** A store that cannot be written, with why. */
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
