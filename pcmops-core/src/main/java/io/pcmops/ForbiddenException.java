package io.pcmops;

/** The actor may not do this: a right is missing, or the request concerns someone else's resource. */
public class ForbiddenException extends PcmopsException {

    public ForbiddenException(String message) {
        super(message);
    }
}
