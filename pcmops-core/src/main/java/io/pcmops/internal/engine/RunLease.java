package io.pcmops.internal.engine;

import io.pcmops.PcmopsException;
import io.pcmops.internal.store.RunWriter;
import io.pcmops.spi.PermitRevokedException;
import io.pcmops.spi.SendPermit;
import java.time.Clock;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * This engine's lease on one run, and the proof that it still holds it. The proof is kept in monotonic time: a
 * successful renewal that started at {@code t} leaves the lease valid until at least {@code t + lease}, whatever the
 * wall clocks do meanwhile. The lease counts as proven while less than the lease minus a safety margin (a third of
 * it) has passed since the last such renewal, so a process that was stopped for longer sends nothing before it has
 * renewed its lease again, which fails once another engine has taken the run over.
 */
final class RunLease implements SendPermit {

    private final String runId;
    private final EngineSettings settings;
    private final RunWriter writer;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private final long provenForNanos;
    private long renewedAt;
    private boolean renewed;

    RunLease(String runId, EngineSettings settings, RunWriter writer, Clock clock, LongSupplier nanoTime) {
        this.runId = runId;
        this.settings = settings;
        this.writer = writer;
        this.clock = clock;
        this.nanoTime = nanoTime;
        Duration lease = settings.lease();
        this.provenForNanos = lease.minus(lease.dividedBy(3)).toNanos();
    }

    /**
     * Extends the lease in the store.
     *
     * @return false when another engine owns the run now
     * @throws PcmopsException when the store cannot be written
     */
    boolean renew() {
        long startedAt = nanoTime.getAsLong();
        boolean ours = writer.renewLease(runId, settings.engineId(), clock.instant().plus(settings.lease()));
        if (ours) {
            provenSince(startedAt);
        }
        return ours;
    }

    /** Returns whether the lease is proven without asking the store. */
    synchronized boolean proven() {
        return renewed && nanoTime.getAsLong() - renewedAt < provenForNanos;
    }

    @Override
    public void confirm() {
        if (proven()) {
            return;
        }
        boolean ours;
        try {
            ours = renew();
        } catch (PcmopsException e) {
            throw new PermitRevokedException("not sent: the lease of run " + runId + " could not be confirmed ("
                    + e.getMessage() + ")", e);
        }
        if (!ours) {
            throw new PermitRevokedException("not sent: run " + runId + " is owned by another engine now", null);
        }
    }

    private synchronized void provenSince(long startedAt) {
        if (!renewed || startedAt - renewedAt > 0) {
            renewedAt = startedAt;
            renewed = true;
        }
    }
}
