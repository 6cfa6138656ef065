package io.pcmops;

/** The caller asked for something malformed or impossible: a bad parameter, selector, option or file. */
public class InvalidRequestException extends PcmopsException {

    public InvalidRequestException(String message) {
        super(message);
    }

    public InvalidRequestException(String message, Throwable cause) {
        super(message, cause);
    }
}
