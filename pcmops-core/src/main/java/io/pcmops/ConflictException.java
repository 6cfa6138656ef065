package io.pcmops;

/** The request clashes with the current state, e.g. a name that is already taken. */
public class ConflictException extends PcmopsException {

    public ConflictException(String message) {
        super(message);
    }
}
