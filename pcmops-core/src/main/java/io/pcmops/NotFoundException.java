package io.pcmops;

/** A named thing (run, plan, script, account, credential root, user…) does not exist. */
public class NotFoundException extends PcmopsException {

    public NotFoundException(String message) {
        super(message);
    }
}
