package io.pcmops.spi;

/**
 * A unit was not sent because the engine could not prove that it still owns the run (see {@link SendPermit}). The
 * run's current owner decides what happens to the unit; the engine that held the permit stops driving the run.
 */
public final class PermitRevokedException extends DispatchRejectedException {

    /** A revoked permit, with why ownership could not be proven. */
    public PermitRevokedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
